{#-
    Incremental marts keyed by document. The load stamps each document whose rows it (re)wrote with
    staging.documents.loaded_at; a document loaded after the last successful dbt build (meta.dbt_builds,
    recorded by pipelines/transform_plan.py) has changed rows. On an incremental run a mart
      1. deletes, in a pre_hook, every row that is not of an unchanged document: the changed documents'
         rows and those of documents gone from staging (deleted files);
      2. appends the changed documents' rows (its body filters on `changed_documents()`).
    A failed build records nothing, so the next run covers its documents again (the delete and the
    append are idempotent). Without a recorded build every document counts as changed. The pipeline's
    full builds pass --full-refresh, which rebuilds the table whole.
    A model using these needs `-- depends_on: {{ ref('stg_staging__documents') }}`: dbt only sees a ref
    inside `is_incremental()` at run time.
-#}

{% macro last_build_at() -%}
    {%- set since = "timestamp '-infinity'" -%}
    {%- if execute and adapter.get_relation(database=target.database, schema='meta', identifier='dbt_builds') -%}
        {%- set built = run_query('select max(built_at) from meta.dbt_builds')[0][0] -%}
        {%- if built is not none %}{% set since = "timestamp '" ~ built ~ "'" %}{% endif -%}
    {%- endif -%}
    {{ since }}
{%- endmacro %}

{% macro changed_documents() -%}
    select doc_id from {{ ref('stg_staging__documents') }} where loaded_at > {{ last_build_at() }}
{%- endmacro %}

{# loaded_at null: loaded before the column existed, and built in full since (the project changed) #}
{% macro unchanged_documents() -%}
    select doc_id from {{ ref('stg_staging__documents') }} where coalesce(loaded_at <= {{ last_build_at() }}, true)
{%- endmacro %}

{# the pre_hook: delete the rows whose `key` is not among `kept_keys`, the unchanged documents' keys #}
{% macro keep_unchanged_documents(key, kept_keys) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ key }} not in ({{ kept_keys }})
    {%- endif -%}
{%- endmacro %}

{# the `key`s of `relation`'s rows of unchanged documents (their document's id in `doc_column`) #}
{% macro keys_of_unchanged_documents(relation, key, doc_column) -%}
    select {{ key }} from {{ relation }} where {{ doc_column }} in ({{ unchanged_documents() }})
{%- endmacro %}
