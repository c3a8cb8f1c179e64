"""Index updates the engine missed while it was unreachable."""

from django.db import models


class PendingIndexUpdate(models.Model):
    """An object whose document must be brought up to date once the engine is back."""

    kind = models.CharField(max_length=20)
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_pending_update")
        ]

    def __str__(self):
        return f"{self.kind}:{self.object_id}"
