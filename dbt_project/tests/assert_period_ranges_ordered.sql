{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'fct_observations'}}}) }}
-- A range period ('2024-09/2024-01', '2024/2015') must not run backwards.

select
    observation_key,
    source_file,
    period,
    period_start,
    period_end
from {{ ref('fct_observations') }}
where period_start > period_end
