from rest_framework import serializers

from investdesk.reference.models import Direction, Municipality


class DirectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Direction
        fields = ["id", "code", "name_ru", "name_en", "order", "is_active"]


class MunicipalitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Municipality
        fields = ["id", "name", "kind", "latitude", "longitude"]
