"""REST API of the app: serializers and viewsets, gathered by config/api.py."""
