-- One row per distinct document (a file repeating another's bytes is in source_names).

with documents as (
    select * from {{ ref('stg_staging__documents') }}
),

observation_counts as (
    select
        doc_id,
        count(*) as n_observations
    from {{ ref('stg_staging__observations') }}
    group by doc_id
),

table_counts as (
    select
        doc_id,
        count(distinct table_id) as n_tables
    from {{ ref('stg_staging__table_cells') }}
    group by doc_id
)

select
    documents.doc_id as source_key,
    documents.source_file,
    documents.source_names,
    documents.title,
    documents.doc_date,
    documents.publisher,
    documents.encoding,
    documents.n_chars,
    documents.n_bytes,
    documents.main_region,
    coalesce(observation_counts.n_observations, 0) as n_observations,
    coalesce(table_counts.n_tables, 0) as n_tables,
    documents.ingested_at
from documents
left join observation_counts on documents.doc_id = observation_counts.doc_id
left join table_counts on documents.doc_id = table_counts.doc_id
