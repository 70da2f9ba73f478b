with source as (
    select * from {{ source('staging', 'files_seen') }}
)

select
    cast(source_file as varchar) as source_file,
    cast(doc_id as varchar) as doc_id,
    cast(outcome as varchar) as outcome
from source
