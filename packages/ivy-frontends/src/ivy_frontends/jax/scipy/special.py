"""``jax.scipy.special`` on ivy."""
