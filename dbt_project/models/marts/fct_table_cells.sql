-- One row per table cell. Incremental by document (macros/incremental_documents.sql).
-- depends_on: {{ ref('stg_staging__documents') }}

{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='fail',
          pre_hook="{{ keep_unchanged_documents('cell_key',
              keys_of_unchanged_documents(ref('stg_staging__table_cells'), 'cell_id', 'doc_id')) }}") }}

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
{% if is_incremental() %}
where doc_id in ({{ changed_documents() }})
{% endif %}
