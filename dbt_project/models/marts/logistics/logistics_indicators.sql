-- Observations of the logistics domain, for analysts (see macros/domain_indicators.sql).
{{ domain_indicators('logistics') }}
