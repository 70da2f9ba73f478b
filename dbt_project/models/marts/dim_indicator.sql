select
    {{ surrogate_key(['indicator_code']) }} as indicator_key,
    indicator_code,
    domain,
    indicator_name,
    description,
    default_unit
from {{ ref('indicator_catalog') }}
