{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_observations_enriched'}}}) }}
-- A catalogued code has its catalog's domain (an `other` row takes the
-- domain of the nearest concept, so it is not checked).

select
    obs_id,
    source_file,
    indicator_code,
    domain,
    catalog_domain
from {{ ref('int_observations_enriched') }}
where indicator_code <> 'other'
    and catalog_domain is not null
    and domain <> catalog_domain
