{#-
    Period strings of the observation contract:
        'YYYY'             year
        'YYYY-H1' / 'H2'   half
        'YYYY-Q1'..'Q4'    quarter
        'YYYY-MM'          month
        'YYYY-MM/YYYY-MM'  month_range
        'YYYY/YYYY'        year_range
    Anything else (including null) gets a null grain and null dates; the
    not_null test on period_grain (where period is not null) reports it.
    The regexes are strict (months 01-12) so make_date never sees a bad month.
-#}

{% macro period_grain(period) -%}
    case
        when regexp_full_match({{ period }}, '[0-9]{4}') then 'year'
        when regexp_full_match({{ period }}, '[0-9]{4}-H[12]') then 'half'
        when regexp_full_match({{ period }}, '[0-9]{4}-Q[1-4]') then 'quarter'
        when regexp_full_match({{ period }}, '[0-9]{4}-(0[1-9]|1[0-2])') then 'month'
        when regexp_full_match({{ period }}, '[0-9]{4}-(0[1-9]|1[0-2])/[0-9]{4}-(0[1-9]|1[0-2])') then 'month_range'
        when regexp_full_match({{ period }}, '[0-9]{4}/[0-9]{4}') then 'year_range'
    end
{%- endmacro %}

{#- First day covered by the period; `grain` is the output of period_grain(). -#}
{% macro period_start(period, grain) -%}
    case {{ grain }}
        when 'year' then make_date(cast(substr({{ period }}, 1, 4) as integer), 1, 1)
        when 'half' then make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            6 * cast(substr({{ period }}, 7, 1) as integer) - 5,
            1
        )
        when 'quarter' then make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            3 * cast(substr({{ period }}, 7, 1) as integer) - 2,
            1
        )
        when 'month' then make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            cast(substr({{ period }}, 6, 2) as integer),
            1
        )
        when 'month_range' then make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            cast(substr({{ period }}, 6, 2) as integer),
            1
        )
        when 'year_range' then make_date(cast(substr({{ period }}, 1, 4) as integer), 1, 1)
    end
{%- endmacro %}

{#- Last day covered by the period (inclusive). -#}
{% macro period_end(period, grain) -%}
    case {{ grain }}
        when 'year' then make_date(cast(substr({{ period }}, 1, 4) as integer), 12, 31)
        when 'half' then last_day(make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            6 * cast(substr({{ period }}, 7, 1) as integer),
            1
        ))
        when 'quarter' then last_day(make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            3 * cast(substr({{ period }}, 7, 1) as integer),
            1
        ))
        when 'month' then last_day(make_date(
            cast(substr({{ period }}, 1, 4) as integer),
            cast(substr({{ period }}, 6, 2) as integer),
            1
        ))
        when 'month_range' then last_day(make_date(
            cast(substr({{ period }}, 9, 4) as integer),
            cast(substr({{ period }}, 14, 2) as integer),
            1
        ))
        when 'year_range' then make_date(cast(substr({{ period }}, 6, 4) as integer), 12, 31)
    end
{%- endmacro %}
