-- the asset check belongs to dim_source in Dagster
{{ config(meta={'dagster': {'ref': {'name': 'dim_source'}}}) }}
-- Nothing lost, nothing doubled, as one equation over the whole run:
--   files seen = file names of the documents in dim_source (source_names: the
--                same content under two names is one document with both names)
--              + files quarantined
-- and each name is in exactly one of the two places: a name listed in
-- dim_source.source_names was seen as a document or duplicate (not quarantined),
-- and was seen at all.
-- Returns one row per problem.

with files as (
    select * from {{ ref('stg_staging__files_seen') }}
),

names as (
    select
        sources.source_key as doc_id,
        name.unnest as source_file
    from {{ ref('dim_source') }} as sources,
        unnest(sources.source_names) as name
),

totals as (
    select
        (select count(*) from files) as files_seen,
        (select count(*) from names) as document_names,
        (select count(*) from files where outcome = 'quarantined') as quarantined_files
)

select
    null as source_file,
    'files seen (' || files_seen || ') <> document names (' || document_names
    || ') + quarantined files (' || quarantined_files || ')' as problem
from totals
where files_seen <> document_names + quarantined_files

union all

select
    names.source_file,
    'listed in source_names of a document but ' || coalesce('seen as ' || files.outcome, 'never seen')
    as problem
from names
left join files on names.source_file = files.source_file
where files.source_file is null
    or files.outcome not in ('document', 'duplicate')
    or files.doc_id <> names.doc_id
