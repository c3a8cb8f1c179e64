"""A case's forms of mobility point to vocabulary.MobilityForm (same table): state only."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0003_case_duration_note_on_one_line'),
        ('vocabulary', '0001_initial'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of the models changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='casepage',
                    name='mobility_forms',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name='cases', to='vocabulary.mobilityform', verbose_name='forms of mobility'),
                ),
            ],
            database_operations=[],
        ),
    ]
