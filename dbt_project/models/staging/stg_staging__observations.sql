with source as (
    select * from {{ source('staging', 'observations') }}
)

select
    cast(obs_id as varchar) as obs_id,
    cast(doc_id as varchar) as doc_id,
    cast(source_file as varchar) as source_file,
    cast(indicator_code as varchar) as indicator_code,
    cast(indicator_label as varchar) as indicator_label,
    cast(domain as varchar) as domain,
    cast(region as varchar) as region,
    cast(partner as varchar) as partner,
    cast(period as varchar) as period,
    cast(measure as varchar) as measure,
    cast(value as double) as value,
    cast(unit as varchar) as unit,
    cast(value_as_written as varchar) as value_as_written,
    cast(qualifier as varchar) as qualifier,
    cast(evidence as varchar) as evidence,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end,
    cast(method as varchar) as method,
    cast(table_id as varchar) as table_id
from source
