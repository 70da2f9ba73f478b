-- One row per observation: every field of the observation contract, plus
-- keys to the dimensions and the parsed period. Incremental by document
-- (macros/incremental_documents.sql): a run rewrites only the changed documents' rows.
-- depends_on: {{ ref('stg_staging__documents') }}

{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail',
          pre_hook="{{ keep_unchanged_documents('source_key', unchanged_documents()) }}") }}

with observations as (
    select * from {{ ref('int_observations_enriched') }}
)

select
    obs_id as observation_key,
    {{ surrogate_key(['indicator_code']) }} as indicator_key,
    {{ surrogate_key(['region']) }} as region_key,
    case when partner is not null then {{ surrogate_key(['partner']) }} end as partner_key,
    doc_id as source_key,
    source_file,
    indicator_code,
    indicator_label,
    indicator_name,
    domain,
    region,
    partner,
    period,
    period_start,
    period_end,
    period_grain,
    measure,
    value,
    unit,
    value_as_written,
    qualifier,
    evidence,
    char_start,
    char_end,
    method,
    table_id
from observations
{% if is_incremental() %}
where doc_id in ({{ changed_documents() }})
{% endif %}
