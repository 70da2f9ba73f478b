-- Labels of observations no catalog code fits (indicator_code = 'other'),
-- most frequent first: candidates for a new catalog code or a better
-- mapping in the extractor.

with other_observations as (
    select * from {{ ref('fct_observations') }}
    where indicator_code = 'other'
)

select
    coalesce(indicator_label, '(no label)') as indicator_label,
    count(*) as n,
    string_agg(distinct domain, ', ' order by domain) as domains,
    first(evidence order by source_file, char_start) as example_evidence,
    first(source_file order by source_file, char_start) as example_source_file
from other_observations
group by 1
order by n desc, indicator_label
