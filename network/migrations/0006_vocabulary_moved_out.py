"""The network's links point to the vocabulary's models (same tables) and Place and Term
leave network: state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0005_text_limits_and_single_lines'),
        ('vocabulary', '0001_initial'),
        # Matching points to the vocabulary's Place and Term before network's leave the state.
        ('matching', '0007_vocabulary_moved_out'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of the models changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='organisation',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='organisations', to='vocabulary.place', verbose_name='place'),
                ),
                migrations.RemoveField(
                    model_name='term',
                    name='related',
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='needs',
                    field=models.ManyToManyField(blank=True, related_name='needed_by', to='vocabulary.term', verbose_name='needs'),
                ),
                migrations.AlterField(
                    model_name='organisation',
                    name='offers',
                    field=models.ManyToManyField(blank=True, related_name='offered_by', to='vocabulary.term', verbose_name='offers'),
                ),
                migrations.AlterField(
                    model_name='person',
                    name='expertise',
                    field=models.ManyToManyField(blank=True, limit_choices_to={'kind': 'expertise'}, related_name='experts', to='vocabulary.term', verbose_name='expertise'),
                ),
                migrations.AlterField(
                    model_name='person',
                    name='qualifications',
                    field=models.ManyToManyField(blank=True, limit_choices_to={'kind': 'qualification'}, related_name='qualified_people', to='vocabulary.term', verbose_name='qualifications'),
                ),
                migrations.DeleteModel(
                    name='Place',
                ),
                migrations.DeleteModel(
                    name='Term',
                ),
            ],
            database_operations=[],
        ),
    ]
