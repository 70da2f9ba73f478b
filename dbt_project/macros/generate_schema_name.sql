{#-
    Use a model's custom schema verbatim (stg, intermediate, marts, review,
    seeds) instead of dbt's default "<target_schema>_<custom_schema>".
    Caravan has one target (a local DuckDB file), so there is nothing to
    keep apart by prefixing.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
