"""What the network's services announce, so that apps above it (search) can follow a
change without the network importing them. Each is sent with `sender` the model class."""

from django.dispatch import Signal

# organisation=: its profile or its network status changed (its people's documents carry
# its facets, status and place, so they change too).
organisation_changed = Signal()

# person=: a profile was created or edited.
person_changed = Signal()

# person=: the profile is being erased with its account (sent inside the erasure's
# transaction, before the cascade deletes it).
person_erased = Signal()
