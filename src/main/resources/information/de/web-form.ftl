<#import "common.ftl" as c>
Verantwortlicher für die personenbezogenen Daten, die Sie in diesem Formular angeben, ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie, um Ihren Antrag zu Ihren personenbezogenen Daten zu bearbeiten und Ihnen zu antworten, wozu uns die DSGVO verpflichtet (<@c.requestBasis/>).
<@c.rights/>
<@c.contact/>
<@c.policy/>
