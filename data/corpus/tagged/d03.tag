# d03: news-wire sentences and headlines on diplomacy, elections, courts, sanctions, coups and protests in Latin America, East/Southeast Asia, Europe and the Caucasus; noun/verb ambiguous words (talks, bans, eyes, protests, claims) tagged by function.
Venezuelan/JJ President/NNP Nicolas/NNP Maduro/NNP said/VBD on/IN Monday/NNP that/IN his/PRP$ government/NN would/MD not/RB allow/VB foreign/JJ observers/NNS to/TO monitor/VB the/DT July/NNP vote/NN unless/IN Washington/NNP lifted/VBD sanctions/NNS on/IN the/DT state/NN oil/NN company/NN ./.
Colombia/NNP and/CC Venezuela/NNP agreed/VBD to/TO reopen/VB their/PRP$ shared/VBN border/NN to/TO cargo/NN traffic/NN after/IN talks/NNS between/IN the/DT two/CD foreign/JJ ministers/NNS in/IN the/DT city/NN of/IN Cucuta/NNP ./.
Brazil/NNP 's/POS Supreme/NNP Court/NNP ruled/VBD on/IN Thursday/NNP that/IN former/JJ President/NNP Jair/NNP Bolsonaro/NNP must/MD stand/VB trial/NN on/IN charges/NNS of/IN plotting/VBG a/DT coup/NN after/IN he/PRP lost/VBD the/DT 2022/CD election/NN ./.
Lula/NNP da/NNP Silva/NNP ,/, Brazil/NNP 's/POS president/NN ,/, told/VBD reporters/NNS in/IN Brasilia/NNP that/IN he/PRP hopes/VBZ to/TO visit/VB Beijing/NNP before/IN the/DT end/NN of/IN the/DT year/NN ./.
Mexican/JJ prosecutors/NNS have/VBP charged/VBN a/DT former/JJ security/NN minister/NN with/IN taking/VBG bribes/NNS from/IN a/DT drug/NN cartel/NN ,/, according/VBG to/TO court/NN documents/NNS seen/VBN by/IN Reuters/NNP ./.
Haiti/NNP 's/POS transitional/JJ council/NN named/VBD a/DT new/JJ prime/JJ minister/NN on/IN Tuesday/NNP ,/, the/DT third/JJ in/IN less/JJR than/IN a/DT year/NN ,/, as/IN armed/JJ gangs/NNS tightened/VBD their/PRP$ grip/NN on/IN the/DT capital/NN ./.
Peru/NNP 's/POS Congress/NNP voted/VBD to/TO remove/VB the/DT president/NN from/IN office/NN hours/NNS after/IN he/PRP tried/VBD to/TO dissolve/VB the/DT legislature/NN ,/, and/CC police/NNS later/RB arrested/VBD him/PRP on/IN charges/NNS of/IN rebellion/NN ./.
Argentina/NNP 's/POS government/NN plans/VBZ to/TO cut/VB export/NN taxes/NNS on/IN soybeans/NNS and/CC wheat/NN ,/, the/DT economy/NN minister/NN said/VBD in/IN a/DT televised/VBN address/NN late/RB on/IN Wednesday/NNP ./.
China/NNP summons/VBZ Philippine/JJ envoy/NN over/IN South/NNP China/NNP Sea/NNP collision/NN
Taiwan/NNP 's/POS ruling/VBG party/NN won/VBD a/DT third/JJ straight/JJ presidential/JJ election/NN on/IN Saturday/NNP ,/, a/DT result/NN that/WDT Beijing/NNP said/VBD did/VBD not/RB represent/VB mainstream/JJ public/JJ opinion/NN on/IN the/DT island/NN ./.
North/NNP Korea/NNP fired/VBD two/CD short-range/JJ ballistic/JJ missiles/NNS into/IN the/DT sea/NN off/IN its/PRP$ east/JJ coast/NN on/IN Sunday/NNP ,/, South/NNP Korea/NNP 's/POS Joint/NNP Chiefs/NNPS of/IN Staff/NNP said/VBD ./.
Japan/NNP and/CC South/NNP Korea/NNP agreed/VBD to/TO resume/VB regular/JJ talks/NNS between/IN their/PRP$ finance/NN ministers/NNS ,/, which/WDT had/VBD been/VBN suspended/VBN for/IN seven/CD years/NNS ./.
The/DT Philippine/JJ coast/NN guard/NN accused/VBD Chinese/JJ vessels/NNS of/IN firing/VBG water/NN cannon/NN at/IN a/DT supply/NN boat/NN that/WDT was/VBD heading/VBG to/TO a/DT disputed/VBN shoal/NN ./.
Vietnam/NNP 's/POS Communist/NNP Party/NNP has/VBZ expelled/VBN a/DT former/JJ deputy/NN prime/JJ minister/NN for/IN violating/VBG party/NN rules/NNS ,/, state/NN media/NNS reported/VBD ./.
Thailand/NNP 's/POS Constitutional/NNP Court/NNP removed/VBD the/DT prime/JJ minister/NN from/IN office/NN for/IN appointing/VBG a/DT cabinet/NN minister/NN who/WP had/VBD once/RB served/VBN a/DT prison/NN sentence/NN ./.
EU/NNP foreign/JJ ministers/NNS failed/VBD to/TO agree/VB on/IN a/DT new/JJ package/NN of/IN sanctions/NNS after/IN Hungary/NNP refused/VBD to/TO lift/VB its/PRP$ veto/NN ./.
Serbia/NNP protests/VBZ Kosovo/NNP police/NN raids/NNS on/IN Serb-run/JJ offices/NNS
NATO/NNP will/MD send/VB about/RB 700/CD additional/JJ troops/NNS to/TO Kosovo/NNP after/IN clashes/NNS in/IN the/DT north/NN left/VBD dozens/NNS of/IN peacekeepers/NNS injured/VBN ,/, the/DT alliance/NN said/VBD ./.
Georgian/JJ police/NNS detained/VBD more/JJR than/IN 300/CD people/NNS during/IN protests/NNS against/IN a/DT law/NN on/IN foreign/JJ agents/NNS that/WDT critics/NNS say/VBP mirrors/VBZ legislation/NN used/VBN in/IN Russia/NNP to/TO silence/VB dissent/NN ./.
Armenia/NNP and/CC Azerbaijan/NNP have/VBP never/RB signed/VBN a/DT peace/NN treaty/NN ,/, although/IN both/DT sides/NNS say/VBP they/PRP have/VBP agreed/VBN on/IN most/JJS of/IN its/PRP$ text/NN ./.
Moldova/NNP 's/POS president/NN accused/VBD Moscow/NNP of/IN trying/VBG to/TO buy/VB votes/NNS ahead/RB of/IN a/DT referendum/NN on/IN joining/VBG the/DT European/NNP Union/NNP ./.
Poland/NNP expels/VBZ Russian/JJ diplomat/NN over/IN sabotage/NN plot/NN
The/DT Hungarian/JJ prime/JJ minister/NN ,/, who/WP has/VBZ long/RB opposed/VBN military/JJ aid/NN to/TO Ukraine/NNP ,/, met/VBD Chinese/JJ President/NNP Xi/NNP Jinping/NNP in/IN Beijing/NNP on/IN Monday/NNP ./.
"/" We/PRP will/MD not/RB accept/VB any/DT deal/NN that/WDT is/VBZ negotiated/VBN behind/IN our/PRP$ backs/NNS ,/, "/" the/DT Armenian/JJ foreign/JJ minister/NN told/VBD parliament/NN ./.
Opposition/NN leader/NN arrested/VBN in/IN Caracas/NNP as/IN protests/NNS spread/VBP
Venezuelan/JJ security/NN forces/NNS arrested/VBD a/DT senior/JJ aide/NN to/TO opposition/NN leader/NN Maria/NNP Corina/NNP Machado/NNP on/IN Thursday/NNP ,/, accusing/VBG him/PRP of/IN conspiring/VBG against/IN the/DT state/NN ./.
The/DT United/NNP States/NNPS has/VBZ imposed/VBN visa/NN bans/NNS on/IN dozens/NNS of/IN Venezuelan/JJ officials/NNS who/WP it/PRP says/VBZ undermined/VBD the/DT election/NN ./.
Colombia/NNP 's/POS President/NNP Gustavo/NNP Petro/NNP called/VBD on/IN armed/JJ groups/NNS to/TO join/VB peace/NN talks/NNS and/CC warned/VBD that/IN the/DT army/NN would/MD resume/VB operations/NNS against/IN those/DT who/WP refused/VBD ./.
Brazil/NNP and/CC Argentina/NNP signed/VBD an/DT agreement/NN to/TO build/VB a/DT gas/NN pipeline/NN that/WDT will/MD carry/VB fuel/NN from/IN the/DT Vaca/NNP Muerta/NNP field/NN to/TO Sao/NNP Paulo/NNP ./.
Mexico/NNP 's/POS Senate/NNP approved/VBD a/DT judicial/JJ reform/NN on/IN Wednesday/NNP under/IN which/WDT all/DT federal/JJ judges/NNS will/MD be/VB elected/VBN by/IN popular/JJ vote/NN ./.
The/DT reform/NN was/VBD criticised/VBN by/IN investors/NNS and/CC by/IN the/DT U.S./NNP ambassador/NN ,/, who/WP warned/VBD that/IN it/PRP could/MD threaten/VB the/DT trade/NN relationship/NN between/IN the/DT two/CD countries/NNS ./.
Haiti/NNP 's/POS police/NN chief/NN resigned/VBD after/IN gangs/NNS stormed/VBD two/CD prisons/NNS and/CC freed/VBD thousands/NNS of/IN inmates/NNS ,/, officials/NNS said/VBD ./.
Kenyan/JJ police/NN officers/NNS arrived/VBD in/IN Port-au-Prince/NNP on/IN Tuesday/NNP to/TO lead/VB a/DT multinational/JJ force/NN that/WDT the/DT United/NNP Nations/NNPS approved/VBD last/JJ year/NN ./.
Peru/NNP 's/POS former/JJ president/NN Alberto/NNP Fujimori/NNP was/VBD released/VBN from/IN prison/NN after/IN the/DT Constitutional/NNP Court/NNP restored/VBD a/DT pardon/NN granted/VBN to/TO him/PRP in/IN 2017/CD ./.
Argentina/NNP 's/POS President/NNP Javier/NNP Milei/NNP vows/VBZ to/TO close/VB central/JJ bank/NN
The/DT president/NN ,/, who/WP took/VBD office/NN in/IN December/NNP ,/, has/VBZ cut/VBN public/JJ spending/NN sharply/RB and/CC laid/VBN off/RP thousands/NNS of/IN state/NN employees/NNS ./.
Unions/NNS held/VBD a/DT general/JJ strike/NN on/IN Wednesday/NNP ,/, the/DT second/JJ since/IN he/PRP took/VBD power/NN ,/, to/TO protest/VB against/IN the/DT cuts/NNS ./.
Beijing/NNP eyes/VBZ closer/JJR trade/NN ties/NNS with/IN Latin/JJ America/NNP
China/NNP 's/POS foreign/JJ ministry/NN said/VBD it/PRP firmly/RB opposed/VBD any/DT official/JJ contact/NN between/IN Washington/NNP and/CC Taipei/NNP and/CC urged/VBD the/DT United/NNP States/NNPS to/TO stop/VB selling/VBG arms/NNS to/TO the/DT island/NN ./.
Taiwan/NNP 's/POS defence/NN ministry/NN said/VBD it/PRP had/VBD detected/VBN 27/CD Chinese/JJ military/JJ aircraft/NN and/CC nine/CD navy/NN ships/NNS around/IN the/DT island/NN in/IN the/DT 24/CD hours/NNS to/TO 6/CD a.m./RB on/IN Friday/NNP ./.
South/NNP Korea/NNP 's/POS President/NNP Yoon/NNP Suk/NNP Yeol/NNP declared/VBD martial/JJ law/NN late/RB on/IN Tuesday/NNP ,/, but/CC lawmakers/NNS voted/VBD to/TO lift/VB it/PRP within/IN hours/NNS ./.
Parliament/NN later/RB impeached/VBD him/PRP ,/, and/CC the/DT Constitutional/NNP Court/NNP upheld/VBD the/DT impeachment/NN in/IN April/NNP ,/, removing/VBG him/PRP from/IN office/NN ./.
North/NNP Korea/NNP has/VBZ never/RB recognised/VBN the/DT maritime/JJ border/NN drawn/VBN by/IN the/DT United/NNP Nations/NNPS Command/NNP at/IN the/DT end/NN of/IN the/DT Korean/NNP War/NNP ./.
Japan/NNP 's/POS Prime/NNP Minister/NNP Fumio/NNP Kishida/NNP said/VBD he/PRP would/MD not/RB seek/VB re-election/NN as/IN leader/NN of/IN the/DT ruling/VBG Liberal/NNP Democratic/NNP Party/NNP ,/, which/WDT has/VBZ been/VBN hit/VBN by/IN a/DT funding/NN scandal/NN ./.
Tokyo/NNP and/CC Manila/NNP sign/VBP defence/NN pact/NN allowing/VBG troop/NN deployments/NNS
Under/IN the/DT agreement/NN ,/, Japanese/JJ forces/NNS will/MD be/VB able/JJ to/TO take/VB part/NN in/IN joint/JJ exercises/NNS in/IN the/DT Philippines/NNPS without/IN seeking/VBG approval/NN for/IN each/DT visit/NN ./.
The/DT Philippine/JJ president/NN said/VBD his/PRP$ government/NN would/MD not/RB be/VB intimidated/VBN by/IN Chinese/JJ pressure/NN and/CC would/MD continue/VB to/TO resupply/VB troops/NNS stationed/VBN on/IN the/DT shoal/NN ./.
Vietnam/NNP and/CC the/DT United/NNP States/NNPS upgraded/VBD their/PRP$ relations/NNS to/TO a/DT comprehensive/JJ strategic/JJ partnership/NN during/IN a/DT visit/NN to/TO Hanoi/NNP by/IN the/DT U.S./NNP president/NN ./.
Thai/JJ court/NN bars/VBZ ex-premier/NN from/IN leaving/VBG country/NN
Thailand/NNP 's/POS former/JJ prime/JJ minister/NN Thaksin/NNP Shinawatra/NNP was/VBD indicted/VBN on/IN charges/NNS of/IN insulting/VBG the/DT monarchy/NN ,/, prosecutors/NNS said/VBD on/IN Tuesday/NNP ./.
European/NNP Commission/NNP proposes/VBZ tariffs/NNS on/IN Chinese/JJ electric/JJ cars/NNS
The/DT Commission/NNP said/VBD Chinese/JJ manufacturers/NNS had/VBD benefited/VBN from/IN unfair/JJ subsidies/NNS ,/, a/DT claim/NN that/WDT Beijing/NNP rejected/VBD as/IN protectionism/NN ./.
China/NNP threatened/VBD to/TO retaliate/VB against/IN European/JJ pork/NN and/CC dairy/NN products/NNS if/IN the/DT tariffs/NNS took/VBD effect/NN ./.
Serbian/JJ President/NNP Aleksandar/NNP Vucic/NNP said/VBD Belgrade/NNP would/MD never/RB recognise/VB Kosovo/NNP 's/POS independence/NN ,/, even/RB if/IN it/PRP meant/VBD giving/VBG up/RP hopes/NNS of/IN joining/VBG the/DT European/NNP Union/NNP ./.
Kosovo/NNP 's/POS prime/JJ minister/NN accused/VBD Serbia/NNP of/IN backing/VBG the/DT gunmen/NNS who/WP attacked/VBD police/NNS in/IN the/DT village/NN of/IN Banjska/NNP in/IN September/NNP ./.
A/DT Georgian/JJ court/NN sentenced/VBD an/DT opposition/NN politician/NN to/TO two/CD years/NNS in/IN prison/NN for/IN his/PRP$ role/NN in/IN protests/NNS that/WDT took/VBD place/NN in/IN 2019/CD ./.
Georgia/NNP 's/POS ruling/VBG Georgian/NNP Dream/NNP party/NN claimed/VBD victory/NN in/IN the/DT parliamentary/JJ election/NN ,/, but/CC the/DT opposition/NN refused/VBD to/TO accept/VB the/DT results/NNS and/CC called/VBD for/IN a/DT new/JJ vote/NN ./.
Azerbaijan/NNP retakes/VBZ Nagorno-Karabakh/NNP in/IN one-day/JJ offensive/NN
More/JJR than/IN 100,000/CD ethnic/JJ Armenians/NNPS fled/VBD the/DT region/NN within/IN a/DT week/NN after/IN Azerbaijani/JJ forces/NNS took/VBD control/NN ,/, according/VBG to/TO Armenian/JJ officials/NNS ./.
Moldova/NNP 's/POS parliament/NN voted/VBD to/TO extend/VB a/DT state/NN of/IN emergency/NN as/IN the/DT country/NN faced/VBD shortages/NNS of/IN gas/NN supplied/VBN by/IN Russia/NNP ./.
Polish/JJ prosecutors/NNS charged/VBD three/CD people/NNS with/IN spying/VBG for/IN Russia/NNP and/CC planning/VBG arson/NN attacks/NNS on/IN shopping/NN centres/NNS in/IN Warsaw/NNP ./.
The/DT Hungarian/JJ government/NN has/VBZ refused/VBN to/TO support/VB a/DT joint/JJ statement/NN on/IN Georgia/NNP ,/, diplomats/NNS said/VBD ,/, blocking/VBG a/DT common/JJ EU/NNP position/NN ./.
Brussels/NNP freezes/VBZ funds/NNS for/IN Budapest/NNP over/IN rule-of-law/JJ concerns/NNS
Venezuela/NNP 's/POS attorney/NN general/NN said/VBD he/PRP had/VBD issued/VBN an/DT arrest/NN warrant/NN for/IN opposition/NN candidate/NN Edmundo/NNP Gonzalez/NNP ,/, who/WP later/RB fled/VBD to/TO Spain/NNP ./.
Spain/NNP granted/VBD asylum/NN to/TO the/DT former/JJ candidate/NN ,/, a/DT move/NN that/WDT Caracas/NNP condemned/VBD as/IN interference/NN in/IN its/PRP$ internal/JJ affairs/NNS ./.
"/" Who/WP gave/VBD the/DT order/NN ,/, and/CC why/WRB did/VBD nobody/NN stop/VB it/PRP ?/. "/" the/DT opposition/NN senator/NN asked/VBD during/IN a/DT heated/VBN debate/NN in/IN the/DT Colombian/JJ Congress/NNP ./.
Colombia/NNP cut/VBD diplomatic/JJ ties/NNS with/IN Israel/NNP in/IN May/NNP ,/, and/CC Petro/NNP said/VBD he/PRP would/MD also/RB halt/VB coal/NN exports/NNS to/TO the/DT country/NN ./.
Brazil/NNP 's/POS electoral/JJ court/NN banned/VBD the/DT former/JJ president/NN from/IN running/VBG for/IN office/NN until/IN 2030/CD for/IN abusing/VBG his/PRP$ power/NN and/CC casting/VBG doubt/NN on/IN the/DT voting/NN system/NN ./.
Mexico/NNP 's/POS president/NN says/VBZ U.S./NNP tariffs/NNS would/MD hurt/VB both/DT economies/NNS
Mexico/NNP and/CC the/DT United/NNP States/NNPS reached/VBD a/DT deal/NN on/IN Monday/NNP to/TO delay/VB the/DT tariffs/NNS for/IN a/DT month/NN ,/, after/IN Mexico/NNP pledged/VBD to/TO send/VB 10,000/CD troops/NNS to/TO the/DT northern/JJ border/NN ./.
The/DT pledge/NN was/VBD welcomed/VBN by/IN the/DT White/NNP House/NNP ,/, which/WDT had/VBD accused/VBN Mexico/NNP of/IN failing/VBG to/TO stop/VB the/DT flow/NN of/IN migrants/NNS and/CC drugs/NNS ./.
Haitian/JJ gang/NN leader/NN threatens/VBZ civil/JJ war/NN if/IN prime/JJ minister/NN does/VBZ not/RB resign/VB
Peru/NNP 's/POS Congress/NNP rejects/VBZ bid/NN to/TO bring/VB forward/RB elections/NNS
Protests/NNS over/IN the/DT deaths/NNS of/IN dozens/NNS of/IN demonstrators/NNS have/VBP continued/VBN in/IN southern/JJ Peru/NNP ,/, where/WRB many/JJ people/NNS support/VBP the/DT jailed/VBN former/JJ president/NN ./.
Argentina/NNP 's/POS Supreme/NNP Court/NNP upheld/VBD a/DT six-year/JJ prison/NN sentence/NN for/IN former/JJ President/NNP Cristina/NNP Fernandez/NNP de/NNP Kirchner/NNP ,/, who/WP was/VBD convicted/VBN of/IN fraud/NN in/IN 2022/CD ./.
Her/PRP$ supporters/NNS gathered/VBD outside/IN her/PRP$ home/NN in/IN Buenos/NNP Aires/NNP ,/, and/CC the/DT court/NN ordered/VBD that/IN she/PRP serve/VB the/DT sentence/NN under/IN house/NN arrest/NN ./.
Chinese/JJ and/CC U.S./NNP negotiators/NNS met/VBD in/IN Geneva/NNP for/IN two/CD days/NNS of/IN talks/NNS aimed/VBN at/IN ending/VBG a/DT trade/NN war/NN that/WDT had/VBD rattled/VBN global/JJ markets/NNS ./.
Beijing/NNP said/VBD the/DT two/CD sides/NNS had/VBD made/VBN substantial/JJ progress/NN ,/, but/CC neither/DT gave/VBD details/NNS of/IN what/WP had/VBD been/VBN agreed/VBN ./.
China/NNP bans/VBZ exports/NNS of/IN rare/JJ earth/NN technology/NN
Taiwanese/JJ President/NNP Lai/NNP Ching-te/NNP said/VBD the/DT island/NN would/MD strengthen/VB its/PRP$ defences/NNS and/CC would/MD not/RB provoke/VB conflict/NN ./.
North/NNP Korea/NNP 's/POS leader/NN Kim/NNP Jong/NNP Un/NNP has/VBZ called/VBN South/NNP Korea/NNP the/DT "/" primary/JJ foe/NN "/" and/CC ordered/VBD the/DT removal/NN of/IN monuments/NNS to/TO reunification/NN ./.
The/DT two/CD Koreas/NNPS have/VBP not/RB held/VBN official/JJ talks/NNS since/IN 2018/CD ,/, when/WRB their/PRP$ leaders/NNS met/VBD three/CD times/NNS ./.
South/NNP Korea/NNP summons/VBZ Japanese/JJ ambassador/NN over/IN island/NN claims/NNS
Seoul/NNP lodged/VBD a/DT formal/JJ protest/NN after/IN Tokyo/NNP renewed/VBD its/PRP$ claim/NN to/TO a/DT group/NN of/IN islets/NNS in/IN a/DT defence/NN white/JJ paper/NN published/VBN on/IN Friday/NNP ./.
The/DT Japanese/JJ embassy/NN declined/VBD to/TO comment/VB on/IN the/DT protest/NN ./.
Manila/NNP will/MD file/VB a/DT new/JJ case/NN against/IN Beijing/NNP at/IN an/DT international/JJ tribunal/NN ,/, a/DT senior/JJ official/NN said/VBD ,/, citing/VBG damage/NN to/TO coral/NN reefs/NNS ./.
Vietnam/NNP 's/POS National/NNP Assembly/NNP elected/VBD a/DT new/JJ president/NN on/IN Wednesday/NNP ,/, weeks/NNS after/IN his/PRP$ predecessor/NN resigned/VBD amid/IN an/DT anti-corruption/JJ campaign/NN ./.
A/DT Thai/JJ court/NN jailed/VBD a/DT pro-democracy/JJ activist/NN for/IN four/CD years/NNS for/IN posts/NNS on/IN social/JJ media/NNS that/WDT criticised/VBD the/DT king/NN ./.
The/DT sentence/NN was/VBD condemned/VBN by/IN human/JJ rights/NNS groups/NNS ,/, which/WDT said/VBD the/DT law/NN was/VBD being/VBG used/VBN to/TO silence/VB critics/NNS of/IN the/DT monarchy/NN ./.
NATO/NNP leaders/NNS meet/VBP in/IN Washington/NNP to/TO mark/VB alliance/NN 's/POS 75th/JJ anniversary/NN
The/DT alliance/NN 's/POS secretary/NN general/NN said/VBD member/NN states/NNS would/MD pledge/VB at/IN least/JJS 40/CD billion/CD euros/NNS in/IN military/JJ aid/NN to/TO Ukraine/NNP next/JJ year/NN ./.
Serbia/NNP and/CC Kosovo/NNP agreed/VBD in/IN principle/NN to/TO a/DT European/JJ plan/NN to/TO normalise/VB their/PRP$ relations/NNS ,/, but/CC the/DT Serbian/JJ president/NN later/RB said/VBD he/PRP would/MD not/RB sign/VB it/PRP ./.
EU/NNP mediators/NNS have/VBP repeatedly/RB urged/VBN both/DT sides/NNS to/TO implement/VB the/DT deal/NN ,/, which/WDT was/VBD reached/VBN at/IN talks/NNS in/IN Ohrid/NNP in/IN March/NNP 2023/CD ./.
Georgian/JJ President/NNP Salome/NNP Zourabichvili/NNP refused/VBD to/TO leave/VB her/PRP$ residence/NN ,/, saying/VBG the/DT parliament/NN that/WDT elected/VBD her/PRP$ successor/NN was/VBD illegitimate/JJ ./.
The/DT European/NNP Parliament/NNP called/VBD on/IN member/NN states/NNS to/TO impose/VB sanctions/NNS on/IN Georgian/JJ officials/NNS responsible/JJ for/IN the/DT violence/NN against/IN protesters/NNS ./.
Armenia/NNP freezes/VBZ participation/NN in/IN Russian-led/JJ security/NN alliance/NN
Armenian/JJ Prime/NNP Minister/NNP Nikol/NNP Pashinyan/NNP said/VBD Russia/NNP had/VBD failed/VBN to/TO protect/VB Armenia/NNP when/WRB Azerbaijani/JJ troops/NNS crossed/VBD the/DT border/NN in/IN 2022/CD ./.
Azerbaijan/NNP hosted/VBD the/DT UN/NNP climate/NN summit/NN in/IN Baku/NNP ,/, where/WRB the/DT president/NN called/VBD oil/NN and/CC gas/NN "/" a/DT gift/NN from/IN God/NNP "/" ./.
Moldova/NNP expels/VBZ Russian/JJ diplomat/NN after/IN drones/NNS crash/VBP on/IN its/PRP$ territory/NN
The/DT Moldovan/JJ foreign/JJ ministry/NN said/VBD the/DT diplomat/NN had/VBD been/VBN declared/VBN persona/FW non/FW grata/FW and/CC had/VBD 72/CD hours/NNS to/TO leave/VB ./.
Poland/NNP 's/POS new/JJ president/NN vetoed/VBD a/DT bill/NN on/IN Friday/NNP that/WDT would/MD have/VB extended/VBN benefits/NNS for/IN Ukrainian/JJ refugees/NNS ,/, saying/VBG it/PRP was/VBD unfair/JJ to/TO Polish/JJ citizens/NNS ./.
Hungary/NNP 's/POS parliament/NN approved/VBD Sweden/NNP 's/POS bid/NN to/TO join/VB NATO/NNP ,/, ending/VBG months/NNS of/IN delays/NNS that/WDT had/VBD frustrated/VBN the/DT alliance/NN ./.
"/" This/DT is/VBZ a/DT historic/JJ day/NN ,/, "/" the/DT Swedish/JJ prime/JJ minister/NN said/VBD after/IN the/DT vote/NN ./.
Venezuela/NNP 's/POS electoral/JJ council/NN declared/VBD Maduro/NNP the/DT winner/NN without/IN publishing/VBG detailed/JJ results/NNS ,/, and/CC the/DT opposition/NN said/VBD its/PRP$ tally/NN showed/VBD Gonzalez/NNP had/VBD won/VBN by/IN a/DT wide/JJ margin/NN ./.
Several/JJ Latin/JJ American/JJ governments/NNS ,/, including/VBG Brazil/NNP and/CC Colombia/NNP ,/, called/VBD for/IN the/DT release/NN of/IN the/DT voting/NN records/NNS ./.
Venezuela/NNP expels/VBZ diplomats/NNS from/IN seven/CD Latin/JJ American/JJ countries/NNS
Caracas/NNP ordered/VBD diplomats/NNS from/IN Argentina/NNP ,/, Chile/NNP ,/, Peru/NNP and/CC four/CD other/JJ countries/NNS to/TO leave/VB within/IN 72/CD hours/NNS after/IN their/PRP$ governments/NNS questioned/VBD the/DT result/NN ./.
Colombian/JJ rebels/NNS release/VBP kidnapped/VBN father/NN of/IN footballer/NN
The/DT ELN/NNP guerrilla/NN group/NN said/VBD it/PRP had/VBD freed/VBN the/DT man/NN as/IN a/DT goodwill/NN gesture/NN ,/, but/CC the/DT government/NN accused/VBD the/DT rebels/NNS of/IN violating/VBG the/DT ceasefire/NN ./.
Brazil/NNP 's/POS federal/JJ police/NNS indicted/VBD Bolsonaro/NNP and/CC 36/CD others/NNS ,/, accusing/VBG them/PRP of/IN planning/VBG a/DT coup/NN to/TO keep/VB him/PRP in/IN power/NN ./.
The/DT former/JJ president/NN has/VBZ denied/VBN any/DT wrongdoing/NN and/CC says/VBZ he/PRP is/VBZ the/DT victim/NN of/IN political/JJ persecution/NN ./.
Mexico/NNP 's/POS ruling/VBG Morena/NNP party/NN won/VBD a/DT two-thirds/JJ majority/NN in/IN the/DT lower/JJR house/NN ,/, allowing/VBG it/PRP to/TO amend/VB the/DT constitution/NN without/IN opposition/NN votes/NNS ./.
Mexico/NNP 's/POS new/JJ president/NN Claudia/NNP Sheinbaum/NNP ,/, the/DT first/JJ woman/NN to/TO lead/VB the/DT country/NN ,/, took/VBD office/NN on/IN Oct./NNP 1/CD ./.
U.S./NNP deportation/NN flights/NNS to/TO Haiti/NNP resume/VBP despite/IN violence/NN
Haiti/NNP 's/POS interim/JJ government/NN says/VBZ elections/NNS will/MD not/RB be/VB held/VBN until/IN security/NN improves/VBZ ,/, and/CC no/DT date/NN has/VBZ been/VBN set/VBN for/IN the/DT vote/NN ./.
Peruvian/JJ President/NNP Dina/NNP Boluarte/NNP faces/VBZ investigation/NN over/IN luxury/NN watches/NNS
Prosecutors/NNS raided/VBD the/DT president/NN 's/POS home/NN in/IN Lima/NNP in/IN search/NN of/IN Rolex/NNP watches/NNS that/WDT she/PRP had/VBD not/RB declared/VBN ,/, and/CC she/PRP later/RB said/VBD they/PRP had/VBD been/VBN lent/VBN to/TO her/PRP by/IN a/DT governor/NN ./.
Argentina/NNP nears/VBZ deal/NN with/IN IMF/NNP on/IN new/JJ loan/NN
The/DT fund/NN said/VBD it/PRP had/VBD reached/VBN a/DT staff-level/JJ agreement/NN on/IN a/DT 20/CD billion/CD dollar/NN programme/NN ,/, which/WDT still/RB needs/VBZ approval/NN by/IN its/PRP$ board/NN ./.
Chinese/JJ coast/NN guard/NN ships/NNS entered/VBD waters/NNS near/IN the/DT disputed/VBN islands/NNS in/IN the/DT East/NNP China/NNP Sea/NNP for/IN the/DT 100th/JJ day/NN in/IN a/DT row/NN ,/, Japan/NNP 's/POS coast/NN guard/NN said/VBD ./.
Japan/NNP protested/VBD the/DT incursions/NNS through/IN diplomatic/JJ channels/NNS ./.
Beijing/NNP slams/VBZ Manila/NNP 's/POS new/JJ maritime/JJ law/NN
China/NNP has/VBZ said/VBN the/DT law/NN ,/, which/WDT defines/VBZ the/DT Philippines/NNPS '/POS maritime/JJ zones/NNS ,/, seriously/RB infringes/VBZ on/IN its/PRP$ sovereignty/NN ./.
Taiwan/NNP 's/POS parliament/NN passed/VBD a/DT bill/NN that/WDT expands/VBZ its/PRP$ powers/NNS over/IN the/DT government/NN ,/, prompting/VBG thousands/NNS of/IN people/NNS to/TO protest/VB outside/IN the/DT legislature/NN ./.
The/DT opposition/NN Kuomintang/NNP ,/, which/WDT controls/VBZ the/DT legislature/NN together/RB with/IN a/DT smaller/JJR party/NN ,/, says/VBZ the/DT bill/NN will/MD improve/VB oversight/NN ./.
North/NNP Korean/JJ troops/NNS are/VBP fighting/VBG alongside/IN Russian/JJ forces/NNS ,/, South/NNP Korea/NNP 's/POS spy/NN agency/NN said/VBD ,/, citing/VBG intelligence/NN that/WDT was/VBD shared/VBN with/IN allies/NNS ./.
Pyongyang/NNP has/VBZ neither/CC confirmed/VBN nor/CC denied/VBN the/DT reports/NNS ./.
South/NNP Korea/NNP 's/POS opposition/NN leader/NN was/VBD stabbed/VBN in/IN the/DT neck/NN during/IN a/DT visit/NN to/TO the/DT southern/JJ port/NN city/NN of/IN Busan/NNP but/CC survived/VBD ./.
Japan/NNP 's/POS ruling/VBG coalition/NN lost/VBD its/PRP$ majority/NN in/IN the/DT lower/JJR house/NN for/IN the/DT first/JJ time/NN since/IN 2009/CD ./.
Former/JJ Philippine/JJ President/NNP Rodrigo/NNP Duterte/NNP was/VBD arrested/VBN in/IN Manila/NNP on/IN a/DT warrant/NN issued/VBN by/IN the/DT International/NNP Criminal/NNP Court/NNP and/CC flown/VBN to/TO The/DT Hague/NNP within/IN hours/NNS ./.
His/PRP$ daughter/NN ,/, the/DT vice/NN president/NN ,/, called/VBD the/DT arrest/NN a/DT kidnapping/NN and/CC said/VBD the/DT government/NN had/VBD surrendered/VBN the/DT country/NN 's/POS sovereignty/NN ./.
Vietnam/NNP sentences/VBZ property/NN tycoon/NN to/TO death/NN for/IN fraud/NN
The/DT Ho/NNP Chi/NNP Minh/NNP City/NNP court/NN found/VBD that/IN she/PRP had/VBD embezzled/VBN billions/NNS of/IN dollars/NNS from/IN a/DT bank/NN that/WDT she/PRP secretly/RB controlled/VBD ./.
Thailand/NNP and/CC Cambodia/NNP agree/VBP to/TO ceasefire/NN after/IN border/NN clashes/NNS
Thai/JJ and/CC Cambodian/JJ troops/NNS exchanged/VBD fire/NN along/IN their/PRP$ disputed/VBN border/NN for/IN five/CD days/NNS ,/, killing/VBG dozens/NNS of/IN people/NNS and/CC forcing/VBG more/JJR than/IN 200,000/CD to/TO flee/VB ./.
EU/NNP leaders/NNS agreed/VBD to/TO open/VB accession/NN talks/NNS with/IN Ukraine/NNP and/CC Moldova/NNP after/IN the/DT Hungarian/JJ prime/JJ minister/NN left/VBD the/DT room/NN during/IN the/DT vote/NN ./.
He/PRP later/RB said/VBD the/DT decision/NN was/VBD "/" completely/RB senseless/JJ "/" and/CC that/IN Hungary/NNP did/VBD not/RB want/VB to/TO take/VB part/NN in/IN it/PRP ./.
Kosovo/NNP bans/VBZ Serbian/JJ dinar/NN in/IN ethnic/JJ Serb/JJ areas/NNS
The/DT ban/NN angered/VBD Belgrade/NNP ,/, which/WDT said/VBD it/PRP would/MD hurt/VB tens/NNS of/IN thousands/NNS of/IN Serbs/NNPS who/WP receive/VBP salaries/NNS and/CC pensions/NNS from/IN the/DT Serbian/JJ state/NN ./.
Georgian/NNP Dream/NNP founder/NN Bidzina/NNP Ivanishvili/NNP ,/, the/DT billionaire/NN who/WP made/VBD his/PRP$ fortune/NN in/IN Russia/NNP ,/, was/VBD hit/VBN with/IN U.S./NNP sanctions/NNS on/IN Friday/NNP ./.
Washington/NNP accused/VBD him/PRP of/IN undermining/VBG the/DT country/NN 's/POS democratic/JJ future/NN for/IN the/DT benefit/NN of/IN Russia/NNP ./.
Armenia/NNP and/CC Azerbaijan/NNP to/TO sign/VB peace/NN deal/NN at/IN White/NNP House/NNP
Azerbaijan/NNP 's/POS president/NN said/VBD Armenia/NNP must/MD first/RB change/VB its/PRP$ constitution/NN ,/, which/WDT he/PRP claims/VBZ contains/VBZ territorial/JJ claims/NNS against/IN his/PRP$ country/NN ./.
Moldova/NNP 's/POS pro-Western/JJ party/NN won/VBD an/DT absolute/JJ majority/NN in/IN Sunday/NNP 's/POS parliamentary/JJ election/NN despite/IN what/WP officials/NNS described/VBD as/IN a/DT massive/JJ Russian/JJ interference/NN campaign/NN ./.
Polish/JJ farmers/NNS blocked/VBD roads/NNS and/CC border/NN crossings/NNS to/TO protest/VB against/IN imports/NNS of/IN cheap/JJ Ukrainian/JJ grain/NN ./.
Warsaw/NNP later/RB extended/VBD a/DT ban/NN on/IN the/DT imports/NNS ,/, defying/VBG the/DT European/NNP Commission/NNP ./.
Hungary/NNP threatens/VBZ to/TO block/VB EU/NNP aid/NN for/IN Ukraine/NNP
The/DT Hungarian/JJ foreign/JJ minister/NN said/VBD Budapest/NNP would/MD not/RB support/VB any/DT decision/NN that/WDT could/MD drag/VB Europe/NNP into/IN the/DT war/NN ./.
Venezuelan/JJ opposition/NN figures/NNS who/WP took/VBD refuge/NN at/IN the/DT Argentine/JJ embassy/NN in/IN Caracas/NNP left/VBD the/DT building/NN after/IN more/JJR than/IN a/DT year/NN ,/, the/DT U.S./NNP State/NNP Department/NNP said/VBD ./.
Brazil/NNP 's/POS Lula/NNP meets/VBZ Xi/NNP in/IN Beijing/NNP ,/, signs/VBZ trade/NN deals/NNS
The/DT two/CD leaders/NNS signed/VBD more/JJR than/IN 20/CD agreements/NNS covering/VBG agriculture/NN ,/, energy/NN and/CC technology/NN ./.
Colombia/NNP 's/POS president/NN reversed/VBD course/NN and/CC accepted/VBD deportation/NN flights/NNS from/IN the/DT United/NNP States/NNPS after/IN Washington/NNP threatened/VBD to/TO impose/VB tariffs/NNS of/IN 25/CD percent/NN on/IN Colombian/JJ goods/NNS ./.
Peru/NNP broke/VBD off/RP diplomatic/JJ relations/NNS with/IN Mexico/NNP after/IN the/DT Mexican/JJ government/NN granted/VBD asylum/NN to/TO a/DT former/JJ prime/JJ minister/NN ./.
Mexico/NNP 's/POS foreign/JJ ministry/NN said/VBD the/DT decision/NN was/VBD excessive/JJ and/CC disproportionate/JJ ./.
Haiti/NNP 's/POS transitional/JJ presidential/JJ council/NN is/VBZ expected/VBN to/TO hand/VB over/RP power/NN to/TO an/DT elected/VBN government/NN by/IN February/NNP ,/, but/CC analysts/NNS fear/VBP the/DT deadline/NN will/MD not/RB be/VB met/VBN ./.
Argentine/JJ lawmakers/NNS fail/VBP to/TO override/VB Milei/NNP veto/NN on/IN pensions/NNS
Argentina/NNP 's/POS foreign/JJ minister/NN was/VBD dismissed/VBN after/IN the/DT country/NN voted/VBD at/IN the/DT United/NNP Nations/NNPS to/TO condemn/VB the/DT U.S./NNP embargo/NN on/IN Cuba/NNP ./.
China/NNP and/CC Japan/NNP hold/VBP first/JJ security/NN talks/NNS in/IN four/CD years/NNS
Chinese/JJ officials/NNS told/VBD their/PRP$ Japanese/JJ counterparts/NNS that/IN Tokyo/NNP should/MD stop/VB releasing/VBG treated/VBN water/NN from/IN the/DT Fukushima/NNP nuclear/JJ plant/NN into/IN the/DT ocean/NN ./.
Japan/NNP has/VBZ said/VBN the/DT release/NN is/VBZ safe/JJ and/CC is/VBZ monitored/VBN by/IN the/DT International/NNP Atomic/NNP Energy/NNP Agency/NNP ./.
Taiwan/NNP 's/POS former/JJ president/NN Ma/NNP Ying-jeou/NNP met/VBD Xi/NNP Jinping/NNP in/IN Beijing/NNP ,/, the/DT first/JJ such/JJ meeting/NN since/IN 2015/CD ./.
He/PRP said/VBD people/NNS on/IN both/DT sides/NNS of/IN the/DT Taiwan/NNP Strait/NNP were/VBD Chinese/JJ and/CC should/MD avoid/VB war/NN ./.
North/NNP Korea/NNP blew/VBD up/RP roads/NNS and/CC railway/NN lines/NNS that/WDT connected/VBD it/PRP to/TO the/DT South/NNP ,/, in/IN a/DT move/NN that/WDT Seoul/NNP called/VBD "/" abnormal/JJ "/" ./.
South/NNP Korean/JJ soldiers/NNS fired/VBD warning/NN shots/NNS after/IN North/NNP Korean/JJ troops/NNS crossed/VBD the/DT military/JJ demarcation/NN line/NN ,/, the/DT military/NN said/VBD ./.
The/DT North/NNP Korean/JJ soldiers/NNS returned/VBD to/TO their/PRP$ side/NN of/IN the/DT border/NN after/IN the/DT shots/NNS were/VBD fired/VBN ,/, and/CC no/DT casualties/NNS were/VBD reported/VBN ./.
Philippines/NNPS ,/, Vietnam/NNP agree/VBP to/TO boost/VB coast/NN guard/NN cooperation/NN
Thailand/NNP 's/POS parliament/NN elected/VBD the/DT daughter/NN of/IN Thaksin/NNP Shinawatra/NNP as/IN prime/JJ minister/NN ,/, making/VBG her/PRP the/DT youngest/JJS person/NN to/TO hold/VB the/DT office/NN ./.
A/DT year/NN later/RB ,/, the/DT Constitutional/NNP Court/NNP suspended/VBD her/PRP over/IN a/DT leaked/VBN phone/NN call/NN with/IN Hun/NNP Sen/NNP ,/, the/DT former/JJ Cambodian/JJ leader/NN ./.
EU/NNP ambassadors/NNS approved/VBD a/DT 14th/JJ package/NN of/IN sanctions/NNS against/IN Russia/NNP that/WDT targets/VBZ shipments/NNS of/IN liquefied/VBN natural/JJ gas/NN for/IN the/DT first/JJ time/NN ./.
NATO/NNP chief/NN warns/VBZ that/IN Russia/NNP could/MD attack/VB alliance/NN within/IN five/CD years/NNS
Serbia/NNP 's/POS prime/JJ minister/NN resigned/VBD after/IN months/NNS of/IN protests/NNS over/IN the/DT collapse/NN of/IN a/DT railway/NN station/NN roof/NN in/IN Novi/NNP Sad/NNP that/WDT killed/VBD 16/CD people/NNS ./.
Students/NNS have/VBP led/VBN the/DT protests/NNS ,/, which/WDT have/VBP drawn/VBN hundreds/NNS of/IN thousands/NNS of/IN people/NNS into/IN the/DT streets/NNS of/IN Belgrade/NNP ./.
The/DT Serbian/JJ president/NN accused/VBD foreign/JJ intelligence/NN services/NNS of/IN financing/VBG the/DT protests/NNS ,/, but/CC he/PRP did/VBD not/RB provide/VB evidence/NN ./.
Georgia/NNP 's/POS ruling/VBG party/NN suspends/VBZ EU/NNP accession/NN bid/NN until/IN 2028/CD
The/DT prime/JJ minister/NN 's/POS announcement/NN triggered/VBD nightly/JJ protests/NNS in/IN Tbilisi/NNP ,/, where/WRB police/NNS used/VBD tear/NN gas/NN and/CC water/NN cannon/NN to/TO disperse/VB crowds/NNS ./.
Azerbaijan/NNP closed/VBD the/DT office/NN of/IN the/DT Russian/JJ news/NN agency/NN Sputnik/NNP in/IN Baku/NNP and/CC arrested/VBD two/CD of/IN its/PRP$ employees/NNS after/IN two/CD Azerbaijani/JJ brothers/NNS died/VBD in/IN Russian/JJ police/NN custody/NN ./.
Armenian/JJ authorities/NNS arrested/VBD an/DT archbishop/NN on/IN charges/NNS of/IN calling/VBG for/IN the/DT overthrow/NN of/IN the/DT government/NN ,/, the/DT Investigative/NNP Committee/NNP said/VBD ./.
Moldova/NNP 's/POS president/NN Maia/NNP Sandu/NNP was/VBD re-elected/VBN in/IN a/DT run-off/NN vote/NN ,/, defeating/VBG a/DT candidate/NN backed/VBN by/IN the/DT pro-Russian/JJ Socialist/NNP Party/NNP ./.
Poland/NNP and/CC the/DT Baltic/JJ states/NNS announced/VBD plans/NNS to/TO withdraw/VB from/IN a/DT treaty/NN that/WDT bans/VBZ anti-personnel/JJ landmines/NNS ,/, citing/VBG the/DT threat/NN from/IN Russia/NNP ./.
The/DT Polish/JJ defence/NN minister/NN said/VBD the/DT decision/NN would/MD give/VB the/DT army/NN more/JJR freedom/NN to/TO protect/VB the/DT eastern/JJ border/NN ./.
Hungary/NNP 's/POS Orban/NNP hosts/VBZ Trump/NNP ally/NN at/IN conservative/JJ conference/NN
A/DT Budapest/NNP court/NN ordered/VBD the/DT release/NN of/IN an/DT Italian/JJ activist/NN who/WP had/VBD been/VBN held/VBN for/IN more/JJR than/IN a/DT year/NN on/IN charges/NNS of/IN attacking/VBG far-right/JJ demonstrators/NNS ./.
The/DT activist/NN ,/, who/WP was/VBD later/RB elected/VBN to/TO the/DT European/NNP Parliament/NNP ,/, has/VBZ always/RB denied/VBN the/DT charges/NNS ./.
Venezuela/NNP 's/POS government/NN and/CC the/DT opposition/NN signed/VBD an/DT agreement/NN in/IN Barbados/NNP in/IN 2023/CD under/IN which/WDT both/DT sides/NNS would/MD work/VB toward/IN a/DT competitive/JJ election/NN ./.
Washington/NNP eased/VBD sanctions/NNS on/IN Venezuelan/JJ oil/NN after/IN the/DT deal/NN but/CC reimposed/VBD them/PRP six/CD months/NNS later/RB ,/, saying/VBG Caracas/NNP had/VBD not/RB kept/VBN its/PRP$ promises/NNS ./.
Colombian/JJ troops/NNS seize/VBP cocaine/NN haul/NN as/IN peace/NN talks/NNS with/IN rebels/NNS stall/VBP
Brazilian/JJ prosecutors/NNS say/VBP the/DT plot/NN included/VBD plans/NNS to/TO kill/VB the/DT president-elect/NN ./.
Who/WP was/VBD behind/IN the/DT plan/NN remains/VBZ unclear/JJ ,/, but/CC investigators/NNS said/VBD they/PRP had/VBD found/VBN documents/NNS in/IN a/DT general/NN 's/POS office/NN ./.
Mexico/NNP extradites/VBZ 29/CD cartel/NN figures/NNS to/TO United/NNP States/NNPS
Among/IN those/DT sent/VBN to/TO the/DT United/NNP States/NNPS was/VBD a/DT drug/NN lord/NN who/WP had/VBD been/VBN convicted/VBN of/IN killing/VBG a/DT U.S./NNP agent/NN in/IN 1985/CD ./.
Haiti/NNP 's/POS gangs/NNS control/VBP about/RB 85/CD percent/NN of/IN Port-au-Prince/NNP ,/, the/DT United/NNP Nations/NNPS estimates/VBZ ./.
A/DT Peruvian/JJ court/NN sentenced/VBD former/JJ president/NN Ollanta/NNP Humala/NNP and/CC his/PRP$ wife/NN to/TO 15/CD years/NNS in/IN prison/NN for/IN laundering/VBG money/NN from/IN Brazil/NNP 's/POS Odebrecht/NNP ./.
The/DT couple/NN had/VBD denied/VBN receiving/VBG illegal/JJ contributions/NNS for/IN their/PRP$ election/NN campaigns/NNS ./.
Argentine/JJ voters/NNS handed/VBD Milei/NNP 's/POS party/NN a/DT clear/JJ win/NN in/IN mid-term/JJ elections/NNS ,/, easing/VBG fears/NNS of/IN a/DT market/NN crisis/NN ./.
China/NNP 's/POS president/NN called/VBD for/IN stronger/JJR cooperation/NN with/IN Southeast/NNP Asian/JJ countries/NNS during/IN a/DT tour/NN of/IN Vietnam/NNP ,/, Malaysia/NNP and/CC Cambodia/NNP ./.
South/NNP Korea/NNP and/CC Japan/NNP hold/VBP talks/NNS on/IN forced/VBN labour/NN compensation/NN
Under/IN the/DT plan/NN ,/, a/DT South/NNP Korean/JJ foundation/NN will/MD compensate/VB victims/NNS of/IN forced/VBN labour/NN instead/RB of/IN the/DT Japanese/JJ companies/NNS that/WDT employed/VBD them/PRP ./.
Some/DT of/IN the/DT victims/NNS rejected/VBD the/DT plan/NN ,/, saying/VBG Japan/NNP had/VBD never/RB properly/RB apologised/VBN ./.
The/DT European/NNP Union/NNP and/CC Mercosur/NNP concluded/VBD negotiations/NNS on/IN a/DT trade/NN agreement/NN after/IN more/JJR than/IN two/CD decades/NNS ,/, but/CC France/NNP said/VBD it/PRP would/MD not/RB sign/VB the/DT deal/NN in/IN its/PRP$ current/JJ form/NN ./.
French/JJ and/CC Polish/JJ farmers/NNS fear/VBP that/IN the/DT pact/NN will/MD flood/VB Europe/NNP with/IN cheap/JJ beef/NN from/IN South/NNP America/NNP ./.
