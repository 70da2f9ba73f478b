{#-
    md5 over the '|'-joined text of the given columns, nulls spelled out so
    that (null, 'a') and ('', 'a') differ. Same idea as
    dbt_utils.generate_surrogate_key, which we cannot install offline.
    Every key of the same entity must be built with this macro over the same
    column list, so fact and dimension keys match.
-#}
{% macro surrogate_key(columns) -%}
    md5(concat_ws('|'
    {%- for column in columns %},
        coalesce(cast({{ column }} as varchar), '_caravan_null_')
    {%- endfor %}
    ))
{%- endmacro %}
