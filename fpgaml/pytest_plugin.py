"""pytest plugin for firmware tests of a user's own HLS projects (fixtures added with the csim stage)."""
