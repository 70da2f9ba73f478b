-- The extractor maps every spelling in seeds/places.csv to one canonical
-- place, so a spelling (canonical name or alias, case-insensitive) must
-- belong to one place only.

with spellings as (
    select region, lower(trim(region)) as spelling
    from {{ ref('places') }}
    union all
    select region, lower(trim(alias.unnest)) as spelling
    from {{ ref('places') }},
        unnest(string_split(aliases, '|')) as alias
    where aliases is not null and trim(alias.unnest) <> ''
)

select
    spelling,
    count(distinct region) as n_places,
    string_agg(distinct region, ', ') as places
from spellings
group by spelling
having count(distinct region) > 1
