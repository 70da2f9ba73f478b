-- One row per table found in a document, described by its cells, and flagged when its
-- totals do not equal the sum of their parts (int_table_totals): such a table still loads.

with cells as (
    select * from {{ ref('stg_staging__table_cells') }}
),

totals as (
    select
        table_id,
        count(*) as n_total_checks,
        bool_and(adds_up) as totals_add_up
    from {{ ref('int_table_totals') }}
    group by table_id
),

observation_counts as (
    select
        table_id,
        count(*) as n_observations
    from {{ ref('stg_staging__observations') }}
    where table_id is not null
    group by table_id
),

tables as (
    select
        table_id,
        any_value(doc_id) as source_key,
        any_value(source_file) as source_file,
        min(table_index) as table_index,
        max(caption) as caption,
        count(distinct row_index) as n_rows,
        count(distinct col_index) as n_cols,
        count(*) as n_cells
    from cells
    group by table_id
)

select
    tables.table_id,
    tables.source_key,
    tables.source_file,
    tables.table_index,
    tables.caption,
    tables.n_rows,
    tables.n_cols,
    tables.n_cells,
    coalesce(observation_counts.n_observations, 0) as n_observations,
    coalesce(totals.n_total_checks, 0) as n_total_checks,
    totals.totals_add_up
from tables
left join observation_counts on tables.table_id = observation_counts.table_id
left join totals on tables.table_id = totals.table_id
