-- A table, not incremental: at 10k documents (260k cells) its rebuild took 0.36 s, an incremental run
-- 0.24-0.41 s, and being keyed by document it was rebuilt when only prose changed (benchmarks/RESULTS.md).
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
