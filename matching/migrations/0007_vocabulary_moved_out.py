"""Matching's links point to the vocabulary's models (same tables) and MobilityForm leaves
matching: state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('matching', '0006_round_status'),
        ('vocabulary', '0001_initial'),
        # Cases point to the vocabulary's MobilityForm before matching's leaves the state.
        ('cases', '0004_mobility_forms_in_vocabulary'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of the models changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='exchangerequest',
                    name='form',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='vocabulary.mobilityform', verbose_name='form'),
                ),
                migrations.AlterField(
                    model_name='availability',
                    name='mobility_forms',
                    field=models.ManyToManyField(blank=True, to='vocabulary.mobilityform', verbose_name='forms of mobility I accept'),
                ),
                migrations.AlterField(
                    model_name='availability',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, to='vocabulary.place', verbose_name='from where I travel'),
                ),
                migrations.AlterField(
                    model_name='availabilityqualification',
                    name='term',
                    field=models.ForeignKey(limit_choices_to={'kind': 'qualification'}, on_delete=django.db.models.deletion.PROTECT, to='vocabulary.term', verbose_name='qualification'),
                ),
                migrations.AlterField(
                    model_name='exchangerequest',
                    name='desired_qualifications',
                    field=models.ManyToManyField(blank=True, related_name='desired_by_requests', to='vocabulary.term', verbose_name='desired qualifications and expertise'),
                ),
                migrations.AlterField(
                    model_name='exchangerequest',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, to='vocabulary.place', verbose_name='place'),
                ),
                migrations.AlterField(
                    model_name='exchangerequest',
                    name='required_qualifications',
                    field=models.ManyToManyField(blank=True, limit_choices_to={'kind': 'qualification'}, related_name='required_by_requests', to='vocabulary.term', verbose_name='required qualifications'),
                ),
                migrations.DeleteModel(
                    name='MobilityForm',
                ),
            ],
            database_operations=[],
        ),
    ]
