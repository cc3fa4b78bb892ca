<#import "common.ftl" as c>
Verantwortlicher für die personenbezogenen Daten, die Sie in diesem Formular angeben, ist ${controller.companyName}, ${controller.address}.
Wir verarbeiten sie, um Ihr Anliegen zu Ihren personenbezogenen Daten zu bearbeiten und Ihnen zu antworten, wozu uns die DSGVO verpflichtet (Art. 6 Abs. 1 lit. c i. V. m. Art. 12–22 DSGVO).
<@c.rights/>
<@c.contact/>
<@c.policy/>
