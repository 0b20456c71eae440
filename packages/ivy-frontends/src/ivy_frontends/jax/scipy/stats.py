"""``jax.scipy.stats`` on ivy."""
