with source as (
    select * from {{ source('staging', 'table_cells') }}
)

select
    cast(cell_id as varchar) as cell_id,
    cast(table_id as varchar) as table_id,
    cast(doc_id as varchar) as doc_id,
    cast(source_file as varchar) as source_file,
    cast(table_index as integer) as table_index,
    cast(caption as varchar) as caption,
    cast(row_index as integer) as row_index,
    cast(col_index as integer) as col_index,
    cast(row_label as varchar) as row_label,
    cast(col_label as varchar) as col_label,
    cast(raw_text as varchar) as raw_text,
    cast(value as double) as value,
    cast(unit as varchar) as unit,
    cast(char_start as integer) as char_start,
    cast(char_end as integer) as char_end
from source
