with source as (
    select * from {{ source('staging', 'documents') }}
)

select
    cast(doc_id as varchar) as doc_id,
    cast(source_file as varchar) as source_file,
    cast(source_names as varchar[]) as source_names,
    cast(title as varchar) as title,
    cast(doc_date as date) as doc_date,
    cast(publisher as varchar) as publisher,
    cast(encoding as varchar) as encoding,
    cast(n_chars as integer) as n_chars,
    cast(n_bytes as bigint) as n_bytes,
    cast(main_region as varchar) as main_region,
    cast(ingested_at as timestamp) as ingested_at,
    cast(loaded_at as timestamp) as loaded_at
from source
