-- Do a table's totals equal the sum of their parts? One row per check:
--   total_row     a "Total" row's cell against the other top-level rows of its column;
--   total_column  a "Total" (or "Import and export") column's cell against the other figure
--                 columns of its row with the same unit and period;
--   of_which      "Of which" parts (rows after an "Of which:" heading, or labelled so) must
--                 not exceed the row they belong to.
-- Only level figures take part (growth rates and shares do not add up). "Within rounding":
-- each written number is off by at most half a unit of its last digit, so the tolerance is
-- the sum of those half units over the cells of the check.
-- The label patterns mirror pipelines/rules/tables.yaml (total_label, of_which_label).

{% set total_label = "^\\s*(total|grand total|sum|overall|all|in total)\\s*([(（][^)）]*[)）])?\\s*[:：]?\\s*$" %}
{% set total_header = "^\\s*(total|grand total|sum|overall)\\b|^\\s*(imports? and exports?|exports? and imports?)\\b" %}
{% set of_which = "^\\s*(of which|of them|among (them|which)|including|incl\\.)" %}

with cells as (
    select * from {{ ref('stg_staging__table_cells') }}
),

observations as (
    select * from {{ ref('stg_staging__observations') }}
    where table_id is not null
),

-- a cell that gave exactly one level figure, with that figure's unit and period
figures as (
    select
        cells.table_id,
        cells.row_index,
        cells.col_index,
        cells.row_label,
        cells.col_label,
        observations.value,
        observations.unit,
        observations.period,
        -- half a unit of the last written digit, in base units
        0.5 * power(10, -length(coalesce(regexp_extract(cells.raw_text, '\.(\d+)', 1), '')))
            * abs(observations.value / nullif(try_cast(replace(
                regexp_extract(cells.raw_text, '\d[\d,]*(\.\d+)?', 0), ',', '') as double), 0)) as half_unit
    from cells
    inner join observations
        on observations.table_id = cells.table_id
        and observations.char_start = cells.char_start
    where cells.row_index > 0 and observations.measure = 'level'
    qualify count(*) over (partition by cells.table_id, cells.row_index, cells.col_index) = 1
),

rows_of as (
    select
        table_id,
        row_index,
        any_value(row_label) as row_label,
        bool_or(nullif(raw_text, '') is not null and col_index > 0) as has_cells
    from cells
    where row_index > 0
    group by table_id, row_index
),

-- "Of which:" headings, and the row each one belongs to (the last row above it with figures)
headings as (
    select
        h.table_id,
        h.row_index as heading_index,
        max(p.row_index) as parent_index
    from rows_of as h
    left join rows_of as p
        on p.table_id = h.table_id and p.row_index < h.row_index and p.has_cells
    where regexp_matches(h.row_label, '{{ of_which }}', 'i') and not h.has_cells
    group by h.table_id, h.row_index
),

roles as (
    select
        r.table_id,
        r.row_index,
        coalesce(regexp_matches(r.row_label, '{{ total_label }}', 'i'), false) as is_total,
        (coalesce(regexp_matches(r.row_label, '{{ of_which }}', 'i'), false) or h.heading_index is not null)
            and not coalesce(regexp_matches(r.row_label, '{{ total_label }}', 'i'), false) as is_part_of_part,
        coalesce(h.parent_index, (
            select max(p.row_index) from rows_of as p
            where p.table_id = r.table_id and p.row_index < r.row_index and p.has_cells
                and not coalesce(regexp_matches(p.row_label, '{{ of_which }}', 'i'), false)
        )) as parent_index
    from rows_of as r
    left join headings as h
        on h.table_id = r.table_id and r.row_index > h.heading_index
    qualify row_number() over (partition by r.table_id, r.row_index order by h.heading_index desc nulls last) = 1
),

figures_with_roles as (
    select figures.*, roles.is_total, roles.is_part_of_part, roles.parent_index
    from figures
    inner join roles using (table_id, row_index)
),

total_rows as (
    select
        t.table_id,
        'total_row' as check_kind,
        t.row_index,
        t.col_index,
        t.value as total_value,
        sum(p.value) as parts_value,
        count(p.value) as n_parts,
        t.half_unit + sum(p.half_unit) as tolerance,
        true as must_equal
    from figures_with_roles as t
    inner join figures_with_roles as p
        on p.table_id = t.table_id and p.col_index = t.col_index and p.unit = t.unit
        and p.row_index <> t.row_index and not p.is_total and not p.is_part_of_part
    where t.is_total
    group by t.table_id, t.row_index, t.col_index, t.value, t.half_unit
    having count(p.value) >= 2
),

total_columns as (
    select
        t.table_id,
        'total_column' as check_kind,
        t.row_index,
        t.col_index,
        t.value as total_value,
        sum(p.value) as parts_value,
        count(p.value) as n_parts,
        t.half_unit + sum(p.half_unit) as tolerance,
        count(p.value) >= 2 and not bool_or(regexp_matches(p.col_label, '{{ of_which }}', 'i')) as must_equal
    from figures_with_roles as t
    inner join figures_with_roles as p
        on p.table_id = t.table_id and p.row_index = t.row_index and p.col_index <> t.col_index
        and p.unit = t.unit and p.period is not distinct from t.period
        and not regexp_matches(p.col_label, '{{ total_header }}', 'i')
    where regexp_matches(t.col_label, '{{ total_header }}', 'i')
    group by t.table_id, t.row_index, t.col_index, t.value, t.half_unit
),

of_which_parts as (
    select
        parent.table_id,
        'of_which' as check_kind,
        parent.row_index,
        parent.col_index,
        parent.value as total_value,
        sum(p.value) as parts_value,
        count(p.value) as n_parts,
        parent.half_unit + sum(p.half_unit) as tolerance,
        false as must_equal
    from figures_with_roles as p
    inner join figures_with_roles as parent
        on parent.table_id = p.table_id and parent.row_index = p.parent_index
        and parent.col_index = p.col_index and parent.unit = p.unit
    where p.is_part_of_part
    group by parent.table_id, parent.row_index, parent.col_index, parent.value, parent.half_unit
),

checks as (
    select * from total_rows
    union all
    select * from total_columns
    union all
    select * from of_which_parts
)

select
    table_id,
    check_kind,
    row_index,
    col_index,
    total_value,
    parts_value,
    n_parts,
    tolerance + 1e-9 * abs(total_value) as tolerance,
    case
        when must_equal then abs(parts_value - total_value) <= tolerance + 1e-9 * abs(total_value)
        else parts_value <= total_value + tolerance + 1e-9 * abs(total_value)
    end as adds_up
from checks
