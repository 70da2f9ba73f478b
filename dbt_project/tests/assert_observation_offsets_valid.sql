-- the asset check belongs to fct_observations in Dagster
{{ config(meta={'dagster': {'ref': {'name': 'fct_observations'}}}) }}
-- char_start/char_end locate value_as_written in the decoded document text:
-- 0 <= char_start < char_end <= n_chars of the document.

select
    observations.observation_key,
    observations.source_file,
    observations.char_start,
    observations.char_end,
    sources.n_chars
from {{ ref('fct_observations') }} as observations
inner join {{ ref('dim_source') }} as sources
    on observations.source_key = sources.source_key
where observations.char_start < 0
    or observations.char_end <= observations.char_start
    or observations.char_end > sources.n_chars
