"""``torch.distributions`` of the frontend."""
