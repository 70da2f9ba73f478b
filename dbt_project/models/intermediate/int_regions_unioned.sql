-- Every place an observation can point at: the places seed, plus each
-- region or partner named by an observation that the seed does not list
-- (kind 'unlisted'), so that dim_region covers every region_key/partner_key.

with places as (
    select
        region,
        kind,
        parent,
        aliases,
        true as is_listed
    from {{ ref('places') }}
),

observations as (
    select * from {{ ref('stg_staging__observations') }}
),

named_in_observations as (
    select region as place from observations where region is not null
    union
    select partner as place from observations where partner is not null
),

unlisted as (
    select
        named.place as region,
        'unlisted' as kind,
        cast(null as varchar) as parent,
        cast(null as varchar) as aliases,
        false as is_listed
    from named_in_observations as named
    anti join places on named.place = places.region
)

select * from places
union all
select * from unlisted
