<#-- Art. 19 notice to a recipient, or an Art. 28(3) instruction to a processor. Business correspondence: English. -->
Dear ${recipientName},

<#if processor>
As the controller on whose behalf you process personal data, we instruct you under Art. 28(3) GDPR to apply the
following to the data you process for us about our customer ${customerNumber}:
<#else>
We disclosed personal data of our customer ${customerNumber} to you. Under Art. 19 GDPR we inform you that we have
carried out the following at the customer's request, so that you can do the same:
</#if>
<#list steps as step, categories>
<#switch step>
<#case "RECTIFICATION">
- Rectification (Art. 16 GDPR): we have corrected the customer's data listed below. Please update the copy you hold
  from our current record.
<#break>
<#case "ERASURE">
- Erasure (Art. 17 GDPR): we have erased the customer's data listed below. Please erase what you hold of it, unless
  the law obliges you to keep it.
<#break>
<#case "RESTRICTION">
- Restriction of processing (Art. 18 GDPR): from now on the data listed below may only be stored. Please mark it and
  use it otherwise only with the customer's consent, for legal claims, to protect another person or for an
  important public interest.
<#break>
<#case "OBJECTION">
- Objection (Art. 21 GDPR): the customer objected, and we no longer process the data listed below for that purpose.
  Please stop any processing of it that you carry out for that purpose.
<#break>
</#switch>
  Data concerned: ${categories?join(", ")}.
</#list>

Please confirm to ${controller.dataProtectionContact} once this is done, quoting case ${caseNumber}.

Kind regards,
Privacy team, ${controller.companyName}
${controller.address}
