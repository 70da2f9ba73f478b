{#-
    Body of the four per-domain marts (economy_indicators, trade_indicators,
    logistics_indicators, social_indicators): the observations of one
    domain, shaped for an analyst, with the source's title. Incremental by
    document (macros/incremental_documents.sql); rows an incremental run adds
    come after the others, so the `order by` holds for a full build only.
-#}
{% macro domain_indicators(domain) -%}
-- depends_on: {{ ref('stg_staging__documents') }}
{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail',
          pre_hook="{{ keep_unchanged_documents('observation_key',
              keys_of_unchanged_documents(ref('fct_observations'), 'observation_key', 'source_key')) }}") }}

with observations as (
    select * from {{ ref('fct_observations') }}
    where domain = '{{ domain }}'
    {% if is_incremental() %}and source_key in ({{ changed_documents() }}){% endif %}
),

sources as (
    select * from {{ ref('dim_source') }}
)

select
    observations.indicator_code,
    observations.indicator_name,
    observations.indicator_label,
    observations.region,
    observations.partner,
    observations.period,
    observations.period_start,
    observations.period_end,
    observations.measure,
    observations.value,
    observations.unit,
    observations.value_as_written,
    observations.qualifier,
    coalesce(sources.title, observations.source_file) as source_title,
    observations.source_file,
    observations.evidence,
    observations.method,
    observations.observation_key
from observations
left join sources on observations.source_key = sources.source_key
order by
    observations.indicator_code,
    observations.region,
    observations.period_start nulls last,
    observations.measure,
    observations.observation_key
{%- endmacro %}
