{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'dim_table'}}}) }}
-- Where a table has a total ("Total" row or column, "Of which" parts), its parts add up to it
-- within rounding. A table that does not still loads, flagged in dim_table.totals_add_up;
-- this test lists each total that misses, with the gap.

select
    totals.table_id,
    tables.source_file,
    tables.caption,
    totals.check_kind,
    totals.row_index,
    totals.col_index,
    totals.total_value,
    totals.parts_value,
    totals.parts_value - totals.total_value as difference,
    totals.tolerance
from {{ ref('int_table_totals') }} as totals
inner join {{ ref('dim_table') }} as tables on totals.table_id = tables.table_id
where not totals.adds_up
