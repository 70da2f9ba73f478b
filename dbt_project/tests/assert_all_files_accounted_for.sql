-- the asset check belongs to dim_source in Dagster
{{ config(meta={'dagster': {'ref': {'name': 'dim_source'}}}) }}
-- Every file found in the raw folder is accounted for:
--   count(files_seen) = documents + duplicates + quarantined files
-- i.e. each file has a known outcome, and that outcome is backed up:
--   'document'    -> its doc_id is in dim_source, listing this file name
--   'duplicate'   -> same, for the document whose bytes it repeats
--   'quarantined' -> the quarantine holds a row_kind = 'file' row for it
-- and every document of dim_source was seen as a 'document' file.
-- Returns one row per problem.

with files as (
    select * from {{ ref('stg_staging__files_seen') }}
),

sources as (
    select * from {{ ref('dim_source') }}
),

quarantined_files as (
    select distinct source_file
    from {{ ref('stg_staging__quarantine') }}
    where row_kind = 'file'
),

checked as (
    select
        files.source_file,
        files.outcome,
        files.doc_id,
        case
            when files.outcome is null
                or files.outcome not in ('document', 'duplicate', 'quarantined')
                then 'unknown outcome'
            when files.outcome in ('document', 'duplicate') and sources.source_key is null
                then files.outcome || ' whose doc_id is not in dim_source'
            when files.outcome in ('document', 'duplicate')
                and not coalesce(list_contains(sources.source_names, files.source_file), false)
                and files.source_file <> sources.source_file
                then files.outcome || ' not listed in source_names of its document'
            when files.outcome = 'quarantined' and quarantined_files.source_file is null
                then 'quarantined file without a quarantine row (row_kind = file)'
        end as problem
    from files
    left join sources on files.doc_id = sources.source_key
    left join quarantined_files on files.source_file = quarantined_files.source_file
)

select source_file, outcome, doc_id, problem
from checked
where problem is not null

union all

select
    sources.source_file,
    null as outcome,
    sources.source_key as doc_id,
    'document never seen as a file with outcome document' as problem
from sources
anti join files
    on sources.source_key = files.doc_id
    and files.outcome = 'document'
