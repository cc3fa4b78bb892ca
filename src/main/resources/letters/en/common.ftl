<#-- Shared wording of the English letters. Every ${...} must be filled, or the letter is not sent. -->
<#assign rightNames = {
  "ACCESS": "access to your personal data (Art. 15 GDPR)",
  "RECTIFICATION": "correction of your personal data (Art. 16 GDPR)",
  "ERASURE": "erasure of your personal data (Art. 17 GDPR)",
  "RESTRICTION": "restriction of the use of your personal data (Art. 18 GDPR)",
  "PORTABILITY": "a copy of your data to take to another company (Art. 20 GDPR)",
  "OBJECTION": "objection to the use of your personal data (Art. 21 GDPR)",
  "CONSENT_WITHDRAWAL": "withdrawal of your consent (Art. 7(3) GDPR)",
  "AUTOMATED_DECISION": "a review of a decision made by automated means only (Art. 22 GDPR)",
  "QUESTION": "your question about how we use your personal data"
}>
<#assign reasonTexts = {
  "IDENTITY_NOT_ESTABLISHED": "We could not confirm that you are the person the data relate to. We may only show or change personal data when we are sure of this, so that nobody else can obtain or change your data (Art. 11(2) and Art. 12(6) GDPR).",
  "MANIFESTLY_UNFOUNDED": "The request is manifestly unfounded: it does not concern a right that data protection law gives you with regard to your personal data held by us (Art. 12(5) GDPR).",
  "EXCESSIVE": "The request is excessive, in particular because it repeats requests that we have already answered recently (Art. 12(5) GDPR).",
  "LEGAL_RETENTION_DUTY": "The law obliges us to keep certain data for a fixed period, for example invoices for tax and accounting purposes. We keep such data only for that purpose and delete it when the period ends (Art. 17(3)(b) GDPR).",
  "LEGAL_CLAIMS": "We need certain data to establish, exercise or defend legal claims, for example in a dispute that is still open (Art. 17(3)(e) GDPR).",
  "RIGHTS_OF_OTHERS": "Part of the information would reveal personal data of other people or otherwise harm their rights, so we cannot pass it on (Art. 15(4) GDPR).",
  "NO_ERASURE_GROUND": "None of the grounds on which the law gives you the right to have your data erased applies to the data concerned (Art. 17(1) GDPR). Such a ground exists, for example, when we no longer need the data for the purpose for which we collected it, or when we use it only on your consent and you have withdrawn it.",
  "COMPELLING_LEGITIMATE_GROUNDS": "We have compelling legitimate grounds for using the data concerned that override your interests, rights and freedoms (Art. 21(1) GDPR).",
  "DATA_ACCURATE": "We have checked the data you asked us to correct, and it is accurate, so there is nothing to correct (Art. 16 GDPR).",
  "RESTRICTION_CONDITIONS_NOT_MET": "None of the situations in which the law gives you the right to have the use of your data restricted applies (Art. 18(1) GDPR). Such a situation exists, for example, while we check whether data you dispute is accurate, or whether our grounds override your objection.",
  "PORTABILITY_CONDITIONS_NOT_MET": "You can take to another company only data that you gave us yourself and that we process by automated means on your consent or on a contract with you, and only as far as this does not harm the rights and freedoms of other people (Art. 20(1) and (4) GDPR). These conditions are not met here.",
  "NATIONAL_RESTRICTION": "A national law restricts this right in your case, as data protection law permits (Art. 23 GDPR).",
  "NO_DATA_HELD": "We have searched all our systems and hold no personal data about you (Art. 15(1) GDPR).",
  "COMPLEX_REQUEST": "Your request is complex, and we need more time to answer it completely and correctly (Art. 12(3) GDPR).",
  "NUMBER_OF_REQUESTS": "We have received an unusually large number of requests and need more time to answer yours properly (Art. 12(3) GDPR)."
}>

<#macro greeting>
<#if requesterName??>Dear ${requesterName},<#else>Dear Sir or Madam,</#if>
</#macro>

<#-- A letter that goes by post cannot ask to "reply to this e-mail". -->
<#macro replyTo><#if byPost>write to us at ${controller.dataProtectionContact} or by post to the address below<#else>reply to this e-mail</#if></#macro>

<#macro rightList>
<#list rights as r>
- ${rightNames[r]}
</#list>
</#macro>

<#macro explainReasons>
<#list reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if reasonDetails??>

${reasonDetails}
</#if>
</#macro>

<#macro authority>
  ${controller.supervisoryAuthority.name}
  ${controller.supervisoryAuthority.address}
  ${controller.supervisoryAuthority.website}
</#macro>

<#-- Art. 12(4): whenever we do not do (all of) what was asked, and whenever the customer stays unhappy. -->
<#macro remedies>
Your rights if you disagree (Art. 12(4) GDPR):
- You have the right to lodge a complaint with a supervisory authority, in particular in the EU Member State where you live or work or where you believe your data protection rights were infringed (Art. 77 GDPR). The authority responsible for us is:
<@authority/>
- <#if controller.courtRemedy??>${controller.courtRemedy}<#else>You have the right to go to court (an effective judicial remedy, Art. 79 GDPR). You can bring proceedings before the courts of the Member State where we are established or of the Member State where you live.</#if>
You can also write to us first at ${controller.dataProtectionContact}; we will look at your case again.
</#macro>

<#macro yourRights>
Your rights: you can ask us to correct inaccurate data (Art. 16 GDPR), to erase your data (Art. 17 GDPR) and to restrict its use (Art. 18 GDPR). You can object to the use of your data that is based on our legitimate interests or serves direct marketing (Art. 21 GDPR). Where we use your data with your consent, you can withdraw it at any time (Art. 7(3) GDPR). You also have the right to lodge a complaint with the supervisory authority, ${controller.supervisoryAuthority.name}, ${controller.supervisoryAuthority.address}, ${controller.supervisoryAuthority.website} (Art. 77 GDPR).
</#macro>

<#macro processing>
<#list answer.processingInfo as a>
${a?counter}. Purpose: ${a.purpose}
   Legal basis: ${a.legalBasis}
   Categories of data: ${a.dataCategories?join(", ")}
   Recipients: <#if a.recipients?has_content>${a.recipients?join(", ")}<#else>nobody outside our company</#if>
   How long we keep the data: ${a.retention}
   Where the data come from: ${a.source}
</#list>
</#macro>

<#macro counted items><#list items as i>
- ${i.category} (records: ${i.rows})
</#list></#macro>

<#macro reasonsOf s>
<#list s.reasons as r>
<#if r != "OTHER">
- ${reasonTexts[r]}
</#if>
</#list>
<#if s.details??>
${s.details}
</#if>
</#macro>

<#-- Art. 19: only the recipients actually told, with the date; said only when data was corrected, erased, restricted or its processing stopped. -->
<#macro art19>
<#if answer.art19>

Who else we have informed (Art. 19 GDPR)
<#if answer.notified?has_content>
We have informed those to whom we had disclosed the data concerned of what we have done, so that they do the same:
<#list answer.notified as n>
- ${n.name}, on ${n.date}
</#list>
<#else>
We had not disclosed the data concerned to anyone, so there was nobody else to inform.
</#if>
</#if>
</#macro>

<#macro byHand s>
<#if s.byHand?has_content>
We have also done this in records we keep outside our systems:
<#list s.byHand as h>
- ${h.source} (on ${h.date})
</#list>
</#if>
</#macro>

<#-- What was done for one requested right, from the execution log. -->
<#macro fulfilled s>
<#switch s.right>
<#case "ACCESS">
<#if s.copied?has_content>
We confirm that we use personal data about you. This is the data we held when we received your request, free of charge (Art. 15(3) GDPR):
<#list s.copied as item>

${item.category} (records: ${item.rows})
<#list item.values as row>
  - <#list row as field, value>${field}: ${value}<#sep>; </#sep></#list>
</#list>
</#list>

Why and how we use it (Art. 15(1) GDPR):
<@processing/>

<@yourRights/>
<#else>
Apart from the data of this request, we hold no personal data about you (Art. 15(1) GDPR).
</#if>
<#if s.withheld?has_content>
We have left the following data out of the copy: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "PORTABILITY">
<#if s.exported?has_content>
The data you gave us is attached in a structured, commonly used and machine-readable format, so that you can pass it on to another company (Art. 20 GDPR): ${s.exported?join(", ")}.
<#else>
We hold no data that you gave us and that we process on your consent or a contract with you, so there is nothing to hand over (Art. 20(1) GDPR).
</#if>
<#if s.withheld?has_content>
We have left the following data out of the file: ${s.withheld?join(", ")}. ${reasonTexts["RIGHTS_OF_OTHERS"]}
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "RECTIFICATION">
<#if s.corrected?has_content>
We have corrected the following data: ${s.corrected?join(", ")}.
<#elseif s.superseded>
As you have also asked us to erase your data, we have erased it instead of correcting it (see below).
<#else>
Your data already read as you asked, so nothing needed to be changed.
</#if>
<#break>
<#case "RESTRICTION">
<#if s.restricted?has_content>
We have restricted the use of your personal data in:
<@counted s.restricted/>
From now on we only store this data. We use it otherwise only with your consent, for legal claims, to protect another person or for an important public interest (Art. 18(2) GDPR). We will tell you before we lift the restriction (Art. 18(3) GDPR).
<#else>
We found no personal data about you whose use we could restrict.
</#if>
<#break>
<#case "OBJECTION">
<#if s.stopped?has_content>
We have stopped using your personal data where you objected (Art. 21 GDPR):
<#list s.stopped as i>
- ${i.category} (records: ${i.rows}): <#switch i.how><#case "DELETED">deleted<#break><#case "ANONYMISED">the personal details removed<#break><#default>no longer used; kept in storage only until it is deleted</#switch>
</#list>
<#else>
We found no use of your data based on our legitimate interests or for direct marketing, so nothing had to stop.
</#if>
<#if s.kept?has_content>
We continue to use the following data, because compelling legitimate grounds for it override your interests (Art. 21(1) GDPR):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "CONSENT_WITHDRAWAL">
<#if s.stopped?has_content>
We have recorded the withdrawal of your consent and no longer use your data on that basis:
<@counted s.stopped/>
The withdrawal does not affect what we did with your consent before (Art. 7(3) GDPR).
<#else>
We found no use of your data based on your consent.
</#if>
<#break>
<#case "ERASURE">
<#if s.stopped?has_content>
We have erased the following personal data about you:
<#list s.stopped as i>
- ${i.category} (records: ${i.rows}): <#if i.how == "DELETED">deleted<#else>the personal details removed</#if>
</#list>
<#elseif !s.retained?has_content && !s.kept?has_content>
We found no personal data about you to erase.
</#if>
<#if s.retained?has_content>
The law obliges us to keep the following data; we keep it only for that purpose and delete it when the period ends:
<#list s.retained as i>
- ${i.category} (records: ${i.rows}): ${i.legalGround}
</#list>
</#if>
<#if s.kept?has_content>
We keep the following data because we need it to establish, exercise or defend legal claims (Art. 17(3)(e) GDPR):
<@counted s.kept/>
<#if s.details??>${s.details}</#if>
</#if>
<#break>
<#case "AUTOMATED_DECISION">
A member of our staff has reviewed the decision. You can tell us your point of view and contest the decision at any time (Art. 22(3) GDPR).
<#break>
<#case "QUESTION">
${explanation}
<#break>
</#switch>
<@byHand s/>
</#macro>

<#-- The files of an e-mailed answer, also as download links; printed only when the letter carries them. -->
<#macro downloads>
<#if downloadLinks?has_content>

Download your data
The files are attached to this e-mail. You can also download them with these links until the end of ${downloadLinksValidUntil}:
<#list downloadLinks as link>
- ${link.file}: ${link.url}
</#list>
Anyone who has these links can open the files, so please do not forward them. After that date the links no longer work; reply to this e-mail if you need your data again.
</#if>
</#macro>

<#-- Every requested right in the order asked: what we did, or that we cannot do it and why. -->
<#macro outcomes>
<#list answer.sections as s>

${rightNames[s.right]?cap_first}
<#if s.fulfilled>
<@fulfilled s/>
<#else>
We cannot fulfil this part of your request. Why:
<@reasonsOf s/>
</#if>
</#list>
<@art19/>
<#if explanation?? && !answer.sections?filter(s -> s.right == "QUESTION" && s.fulfilled)?has_content>

${explanation}
</#if>
<@downloads/>
</#macro>

<#macro signature>
Kind regards,

<#if signedBy??>
${signedBy}
</#if>
Privacy team, ${controller.companyName}
${controller.address}
Data protection contact: ${controller.dataProtectionContact}
<#if controller.dpoName??>
Data protection officer: ${controller.dpoName}
</#if>
Privacy policy: ${controller.privacyPolicyUrl}

Please quote case number ${caseNumber} in any reply.
</#macro>
