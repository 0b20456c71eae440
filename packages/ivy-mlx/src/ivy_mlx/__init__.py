"""MLX for Ivy: a backend (``ivy_mlx.backend``) and a transpiler target (``ivy_mlx.target``).

Importing this package imports no framework."""
