"""The shared vocabulary takes over Place and Term (from network) and MobilityForm (from
matching) with their tables, rows and relations: state only, no table is created or copied."""

import core.limits
import django.core.validators
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('network', '0005_text_limits_and_single_lines'),
        ('matching', '0006_round_status'),
    ]

    operations = [
        # The tables stay where they are: only Django's picture of the models changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='MobilityForm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, validators=[core.limits.TextValidator(single_line=True)], verbose_name='name')),
                        ('slug', models.SlugField(max_length=120, unique=True, verbose_name='slug')),
                        ('description', models.TextField(blank=True, max_length=1000, validators=[core.limits.TextValidator(single_line=False), django.core.validators.MaxLengthValidator(1000)], verbose_name='description')),
                        ('yearly_hour_cap', models.PositiveIntegerField(blank=True, help_text='Leave empty when this form has no yearly cap.', null=True, validators=[django.core.validators.MinValueValidator(1)], verbose_name='maximum hours per year')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                    ],
                    options={
                        'verbose_name': 'form of mobility',
                        'verbose_name_plural': 'forms of mobility',
                        'db_table': 'matching_mobilityform',
                        'ordering': ['sort_order', 'name'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Place',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('geonames_id', models.PositiveIntegerField(unique=True)),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('label', models.CharField(help_text='The name, with the province when several places share it.', max_length=160, unique=True, verbose_name='label')),
                        ('region', models.CharField(choices=[('groningen', 'Groningen'), ('friesland', 'Friesland'), ('drenthe', 'Drenthe'), ('overijssel', 'Overijssel'), ('flevoland', 'Flevoland'), ('gelderland', 'Gelderland'), ('utrecht', 'Utrecht'), ('noord-holland', 'North Holland'), ('zuid-holland', 'South Holland'), ('zeeland', 'Zeeland'), ('noord-brabant', 'North Brabant'), ('limburg', 'Limburg'), ('national', 'National')], max_length=32, verbose_name='province')),
                        ('latitude', models.FloatField(verbose_name='latitude')),
                        ('longitude', models.FloatField(verbose_name='longitude')),
                        ('population', models.PositiveIntegerField(default=0, verbose_name='population')),
                    ],
                    options={
                        'verbose_name': 'place',
                        'verbose_name_plural': 'places',
                        'db_table': 'network_place',
                        'ordering': ['label'],
                        'indexes': [models.Index(fields=['name'], name='network_pla_name_1f15df_idx')],
                    },
                ),
                migrations.CreateModel(
                    name='Term',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=80, validators=[core.limits.TextValidator(single_line=True)], verbose_name='name')),
                        ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
                        ('kind', models.CharField(choices=[('expertise', 'Expertise'), ('qualification', 'Qualification')], max_length=16, verbose_name='kind')),
                        ('description', models.CharField(blank=True, max_length=300, validators=[core.limits.TextValidator()], verbose_name='description')),
                        ('related', models.ManyToManyField(blank=True, help_text='Terms that partly stand in for this one when matching.', to='vocabulary.term', verbose_name='related terms')),
                    ],
                    options={
                        'verbose_name': 'vocabulary term',
                        'verbose_name_plural': 'vocabulary',
                        'db_table': 'network_term',
                        'ordering': ['name'],
                        'constraints': [models.UniqueConstraint(fields=('kind', 'name'), name='unique_term_name')],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
    ]
