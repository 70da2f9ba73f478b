-- Observations of the economy domain, for analysts (see macros/domain_indicators.sql).
{{ domain_indicators('economy') }}
