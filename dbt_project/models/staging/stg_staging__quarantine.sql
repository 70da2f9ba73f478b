with source as (
    select * from {{ source('staging', 'quarantine') }}
)

select
    cast(quarantine_id as varchar) as quarantine_id,
    cast(doc_id as varchar) as doc_id,
    cast(source_file as varchar) as source_file,
    cast(stage as varchar) as stage,
    cast(row_kind as varchar) as row_kind,
    cast(check_name as varchar) as check_name,
    cast(reason as varchar) as reason,
    cast(payload as varchar) as payload,
    cast(quarantined_at as timestamp) as quarantined_at
from source
