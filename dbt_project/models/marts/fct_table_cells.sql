select
    cell_id as cell_key,
    table_id,
    row_index,
    col_index,
    row_label,
    col_label,
    raw_text,
    value,
    unit,
    char_start,
    char_end
from {{ ref('stg_staging__table_cells') }}
