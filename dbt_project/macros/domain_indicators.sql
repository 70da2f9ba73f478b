{#-
    Body of the four per-domain marts (economy_indicators, trade_indicators,
    logistics_indicators, social_indicators): the observations of one
    domain, shaped for an analyst, with the source's title.
-#}
{% macro domain_indicators(domain) -%}
with observations as (
    select * from {{ ref('fct_observations') }}
    where domain = '{{ domain }}'
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
