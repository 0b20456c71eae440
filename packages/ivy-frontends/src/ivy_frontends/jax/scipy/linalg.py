"""``jax.scipy.linalg`` on ivy."""
