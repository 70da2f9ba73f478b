-- Places observations name that the places seed does not list: add them to
-- seeds/places.csv (or as an alias of a listed place, if the extractor
-- missed a spelling).

with observations as (
    select * from {{ ref('fct_observations') }}
),

unlisted as (
    select region from {{ ref('dim_region') }}
    where kind = 'unlisted'
),

mentions as (
    select region as place, 'region' as role, evidence, source_file, char_start from observations
    union all
    select partner as place, 'partner' as role, evidence, source_file, char_start from observations
    where partner is not null
)

select
    mentions.place as region,
    count(*) as n,
    string_agg(distinct mentions.role, ', ' order by mentions.role) as roles,
    first(mentions.evidence order by mentions.source_file, mentions.char_start) as example_evidence,
    first(mentions.source_file order by mentions.source_file, mentions.char_start) as example_source_file
from mentions
inner join unlisted on mentions.place = unlisted.region
group by 1
order by n desc, region
