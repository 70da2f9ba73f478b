-- Observations with their catalog entry, the kind of their places and the
-- period parsed into dates (macros/parse_period.sql).

with observations as (
    select * from {{ ref('stg_staging__observations') }}
),

catalog as (
    select * from {{ ref('indicator_catalog') }}
),

regions as (
    select * from {{ ref('int_regions_unioned') }}
),

with_grain as (
    select
        *,
        {{ period_grain('period') }} as period_grain
    from observations
)

select
    o.obs_id,
    o.doc_id,
    o.source_file,
    o.indicator_code,
    o.indicator_label,
    c.indicator_name,
    o.domain,
    c.domain as catalog_domain,
    c.default_unit as catalog_default_unit,
    o.region,
    r.kind as region_kind,
    r.parent as region_parent,
    o.partner,
    p.kind as partner_kind,
    o.period,
    {{ period_start('o.period', 'o.period_grain') }} as period_start,
    {{ period_end('o.period', 'o.period_grain') }} as period_end,
    o.period_grain,
    o.measure,
    o.value,
    o.unit,
    o.value_as_written,
    o.qualifier,
    o.evidence,
    o.char_start,
    o.char_end,
    o.method,
    o.table_id
from with_grain as o
left join catalog as c on o.indicator_code = c.indicator_code
left join regions as r on o.region = r.region
left join regions as p on o.partner = p.region
