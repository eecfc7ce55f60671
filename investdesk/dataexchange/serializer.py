"""Django's JSON serialisation, but keeping datetimes to the microsecond.

Django's JSON encoder cuts datetimes to milliseconds; a restored database would then
differ from the original. Datetimes and times are written in full ISO 8601 instead.
"""

import datetime

from django.core.serializers import json as django_json

Deserializer = django_json.Deserializer


class Serializer(django_json.Serializer):
    def _value_from_field(self, obj, field):
        value = field.value_from_object(obj)
        if isinstance(value, datetime.datetime | datetime.time):
            return value.isoformat()
        return super()._value_from_field(obj, field)
